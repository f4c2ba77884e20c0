package org.openwfm.web.application.forecast;

import java.util.List;
import org.openwfm.forecasting.backtest.BacktestReport;

/**
 * What the engine produced for one queue of a plan, ready to store.
 *
 * @param method the method used (the back-test's winner under {@code auto})
 * @param intervals one row per local start from the plan's first day
 * @param backtest the rolling-origin back-test of the candidates
 */
record ForecastedQueue(long queueId, String code, String method, List<StoredInterval> intervals,
    BacktestReport backtest) {}
