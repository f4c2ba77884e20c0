package org.openwfm.scheduling.curtois.solver;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.BooleanSupplier;

/**
 * A small primal revised simplex for {@code min c x, A x = b, x >= 0} with sparse columns and an
 * explicit dense basis inverse: enough for the restricted master problems of the column
 * generation (a few hundred rows, thousands of columns, each with a few dozen nonzeros).
 *
 * <p>Columns may be added between solves; the basis stays feasible, so each solve continues from
 * the last one. The first basis must be given and feasible (for example slack and artificial
 * columns forming a signed identity). Entering column by most negative reduced cost; the inverse
 * is refactorised every {@value #REFACTOR_EVERY} pivots to keep rounding errors small.
 */
final class RevisedSimplex {

  private static final int REFACTOR_EVERY = 400;
  private static final double EPS = 1e-9;
  /** A reduced cost below this lets a column improve the objective. */
  private static final double IMPROVING = -EPS * 10;
  private static final int STOP_CHECK_EVERY = 64;
  private static final int PRICING_BLOCK = 400;

  private final int rows;
  private final double[] rhs;
  private final List<int[]> columnRows = new ArrayList<>();
  private final List<double[]> columnValues = new ArrayList<>();
  private double[] costs = new double[16];
  private boolean[] basic = new boolean[16];
  private int[] basis;
  private double[][] inverse;
  private double[] values;
  private int pivotsSinceRefactor;
  private int pricingStart;

  /** Status of a solve. */
  enum Status {
    OPTIMAL,
    ITERATION_LIMIT,
    UNBOUNDED
  }

  RevisedSimplex(double[] rhs) {
    this.rows = rhs.length;
    this.rhs = rhs.clone();
  }

  int rows() {
    return rows;
  }

  int columns() {
    return columnRows.size();
  }

  /**
   * Adds a column and returns its index.
   *
   * @param cost objective coefficient
   * @param rowIndexes rows of the nonzero entries, distinct
   * @param entries the nonzero entries
   */
  int addColumn(double cost, int[] rowIndexes, double[] entries) {
    int index = columnRows.size();
    if (index == costs.length) {
      costs = Arrays.copyOf(costs, index * 2);
      basic = Arrays.copyOf(basic, index * 2);
    }
    columnRows.add(rowIndexes);
    columnValues.add(entries);
    costs[index] = cost;
    return index;
  }

  /** Sets the starting basis, one column per row, which must be nonsingular and feasible. */
  void start(int[] basisColumns) {
    if (basisColumns.length != rows) {
      throw new IllegalArgumentException("A basis needs " + rows + " columns");
    }
    basis = basisColumns.clone();
    Arrays.fill(basic, false);
    for (int column : basis) {
      basic[column] = true;
    }
    refactor();
    for (double value : values) {
      if (value < -1e-7) {
        throw new IllegalArgumentException("Starting basis is not feasible");
      }
    }
  }

  /** Pivots until optimal or {@code maxPivots} pivots were made. */
  Status solve(int maxPivots) {
    return solve(maxPivots, () -> false);
  }

  /**
   * Pivots until optimal, {@code maxPivots} pivots were made or {@code stop} says so (asked every
   * {@value #STOP_CHECK_EVERY} pivots).
   *
   * <p>Partial pricing: the entering column is the best of the first block of {@value
   * #PRICING_BLOCK} columns (from where the last search ended) that holds any of negative reduced
   * cost, so a pivot does not scan every column of a large pool; optimality is declared only
   * after a scan of all of them finds none.
   */
  Status solve(int maxPivots, BooleanSupplier stop) {
    double[] duals = duals();
    for (int pivot = 0; pivot < maxPivots; pivot++) {
      if (pivot % STOP_CHECK_EVERY == STOP_CHECK_EVERY - 1 && stop.getAsBoolean()) {
        return Status.ITERATION_LIMIT;
      }
      int entering = bestOfABlock(duals);
      if (entering < 0) {
        return Status.OPTIMAL;
      }
      double reduced = reducedCost(entering, duals);
      double[] direction = direction(entering);
      int leaving = leaving(direction);
      if (leaving < 0) {
        return Status.UNBOUNDED;
      }
      pivot(entering, leaving, direction);
      if (pivotsSinceRefactor == 0) {
        duals = duals();
      } else {
        // y' = y + d_q * (row of the new inverse at the pivot): the entering column's reduced
        // cost becomes zero, in O(rows) rather than O(rows^2).
        double[] row = inverse[leaving];
        for (int i = 0; i < rows; i++) {
          duals[i] += reduced * row[i];
        }
      }
    }
    return Status.ITERATION_LIMIT;
  }

  /**
   * The column of most negative reduced cost in the first block of {@value #PRICING_BLOCK}
   * columns (from where the last search ended) that holds any, -1 when no column has one.
   */
  private int bestOfABlock(double[] duals) {
    int entering = -1;
    double best = IMPROVING;
    int columns = columnRows.size();
    for (int scanned = 0; scanned < columns && entering < 0; ) {
      int end = Math.min(scanned + PRICING_BLOCK, columns);
      for (; scanned < end; scanned++) {
        int j = (pricingStart + scanned) % columns;
        if (basic[j]) {
          continue;
        }
        double reduced = reducedCost(j, duals);
        if (reduced < best) {
          best = reduced;
          entering = j;
        }
      }
      if (entering >= 0) {
        pricingStart = (pricingStart + scanned) % columns;
      }
    }
    return entering;
  }

  /**
   * The row whose basic column leaves when the column of {@code direction} enters (ratio test),
   * -1 when none limits it. Among ties the largest entry: the most stable pivot.
   */
  private int leaving(double[] direction) {
    int leaving = -1;
    double ratio = Double.POSITIVE_INFINITY;
    for (int k = 0; k < rows; k++) {
      double a = direction[k];
      if (a > EPS) {
        double r = Math.max(0, values[k]) / a;
        if (r < ratio - EPS || (r < ratio + EPS && a > direction[leaving])) {
          ratio = r;
          leaving = k;
        }
      }
    }
    return leaving;
  }

  private void pivot(int entering, int leaving, double[] direction) {
    double a = direction[leaving];
    double[] leavingRow = inverse[leaving];
    for (int i = 0; i < rows; i++) {
      leavingRow[i] /= a;
    }
    values[leaving] = Math.max(0, values[leaving]) / a;
    for (int k = 0; k < rows; k++) {
      double factor = direction[k];
      if (k == leaving || factor == 0) {
        continue;
      }
      double[] row = inverse[k];
      for (int i = 0; i < rows; i++) {
        row[i] -= factor * leavingRow[i];
      }
      values[k] -= factor * values[leaving];
      if (values[k] < 0 && values[k] > -1e-9) {
        values[k] = 0;
      }
    }
    basic[basis[leaving]] = false;
    basis[leaving] = entering;
    basic[entering] = true;
    if (++pivotsSinceRefactor >= REFACTOR_EVERY) {
      refactor();
    }
  }

  /** {@code B^-1 A_j}. */
  private double[] direction(int column) {
    double[] direction = new double[rows];
    int[] rowIndexes = columnRows.get(column);
    double[] entries = columnValues.get(column);
    for (int k = 0; k < rows; k++) {
      double[] row = inverse[k];
      double sum = 0;
      for (int n = 0; n < rowIndexes.length; n++) {
        sum += row[rowIndexes[n]] * entries[n];
      }
      direction[k] = sum;
    }
    return direction;
  }

  /** The row duals {@code c_B B^-1} of the current basis. */
  double[] duals() {
    double[] duals = new double[rows];
    for (int k = 0; k < rows; k++) {
      double c = costs[basis[k]];
      if (c == 0) {
        continue;
      }
      double[] row = inverse[k];
      for (int i = 0; i < rows; i++) {
        duals[i] += c * row[i];
      }
    }
    return duals;
  }

  /** The reduced cost of {@code column} under {@code duals}. */
  double reducedCost(int column, double[] duals) {
    int[] rowIndexes = columnRows.get(column);
    double[] entries = columnValues.get(column);
    double reduced = costs[column];
    for (int n = 0; n < rowIndexes.length; n++) {
      reduced -= duals[rowIndexes[n]] * entries[n];
    }
    return reduced;
  }

  /** The value of every column in the current basic solution. */
  double[] primal() {
    double[] primal = new double[columnRows.size()];
    for (int k = 0; k < rows; k++) {
      primal[basis[k]] = Math.max(0, values[k]);
    }
    return primal;
  }

  /** The objective of the current basic solution. */
  double objective() {
    double sum = 0;
    for (int k = 0; k < rows; k++) {
      sum += costs[basis[k]] * values[k];
    }
    return sum;
  }

  /** Recomputes the inverse of the basis by Gauss-Jordan elimination and the basic values. */
  private void refactor() {
    double[][] matrix = new double[rows][rows];
    for (int k = 0; k < rows; k++) {
      int[] rowIndexes = columnRows.get(basis[k]);
      double[] entries = columnValues.get(basis[k]);
      for (int n = 0; n < rowIndexes.length; n++) {
        matrix[rowIndexes[n]][k] = entries[n];
      }
    }
    double[][] inv = new double[rows][rows];
    for (int i = 0; i < rows; i++) {
      inv[i][i] = 1;
    }
    // Row operations turn B into the identity: inv becomes B^-1 with rows permuted to match.
    int[] rowOfBasic = new int[rows];
    boolean[] used = new boolean[rows];
    for (int k = 0; k < rows; k++) {
      int pivotRow = -1;
      double best = 1e-11;
      for (int i = 0; i < rows; i++) {
        if (!used[i] && Math.abs(matrix[i][k]) > best) {
          best = Math.abs(matrix[i][k]);
          pivotRow = i;
        }
      }
      if (pivotRow < 0) {
        throw new IllegalStateException("Singular basis");
      }
      used[pivotRow] = true;
      rowOfBasic[k] = pivotRow;
      double p = matrix[pivotRow][k];
      double[] mRow = matrix[pivotRow];
      double[] iRow = inv[pivotRow];
      for (int j = 0; j < rows; j++) {
        mRow[j] /= p;
        iRow[j] /= p;
      }
      for (int i = 0; i < rows; i++) {
        double factor = matrix[i][k];
        if (i == pivotRow || factor == 0) {
          continue;
        }
        double[] mi = matrix[i];
        double[] ii = inv[i];
        for (int j = k; j < rows; j++) {
          mi[j] -= factor * mRow[j];
        }
        for (int j = 0; j < rows; j++) {
          ii[j] -= factor * iRow[j];
        }
      }
    }
    inverse = new double[rows][];
    for (int k = 0; k < rows; k++) {
      inverse[k] = inv[rowOfBasic[k]];
    }
    values = new double[rows];
    for (int k = 0; k < rows; k++) {
      double sum = 0;
      double[] row = inverse[k];
      for (int i = 0; i < rows; i++) {
        sum += row[i] * rhs[i];
      }
      values[k] = Math.abs(sum) < 1e-10 ? 0 : sum;
    }
    pivotsSinceRefactor = 0;
  }
}
