package org.openwfm.web.domain.model.schedule;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.time.LocalDateTime;
import java.util.Objects;

/** A break or lunch inside a shift, in UTC; time away from contacts. */
@Embeddable
public class ShiftBreak {

  @Column(nullable = false, length = 20)
  private String kind;

  @Column(name = "start_utc", nullable = false)
  private LocalDateTime startUtc;

  @Column(name = "end_utc", nullable = false)
  private LocalDateTime endUtc;

  protected ShiftBreak() {}

  /**
   * @param kind BREAK (paid) or LUNCH (unpaid)
   */
  public ShiftBreak(String kind, LocalDateTime startUtc, LocalDateTime endUtc) {
    this.kind = Objects.requireNonNull(kind, "Break kind is required.");
    this.startUtc = Objects.requireNonNull(startUtc, "Break start is required.");
    this.endUtc = Objects.requireNonNull(endUtc, "Break end is required.");
    if (!endUtc.isAfter(startUtc)) {
      throw new IllegalArgumentException("A break must end after it starts.");
    }
  }

  public String getKind() {
    return kind;
  }

  public LocalDateTime getStartUtc() {
    return startUtc;
  }

  public LocalDateTime getEndUtc() {
    return endUtc;
  }
}
