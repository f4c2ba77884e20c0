package org.openwfm.web.domain.model.organisation;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.ZoneId;
import java.util.Objects;

/** A contact-centre site: where office agents sit, with its time zone and number of office seats. */
@Entity
@Table(name = "site")
@NamedQuery(name = "Site.findAll", query = "SELECT s FROM Site s ORDER BY s.name")
@NamedQuery(name = "Site.findByCode", query = "SELECT s FROM Site s WHERE s.code = :code")
public class Site {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(nullable = false, length = 40)
  private String code;

  @Column(nullable = false, length = 200)
  private String name;

  @Column(name = "time_zone", nullable = false, length = 60)
  private String timeZone;

  @Column(name = "office_seats", nullable = false)
  private int officeSeats;

  @Version private long version;

  protected Site() {}

  public Site(String code, String name, ZoneId timeZone, int officeSeats) {
    this.code = Objects.requireNonNull(code, "Site code is required.");
    this.name = Objects.requireNonNull(name, "Site name is required.");
    this.timeZone = Objects.requireNonNull(timeZone, "Site time zone is required.").getId();
    if (officeSeats < 0) {
      throw new IllegalArgumentException("Office seats must be 0 or more, was " + officeSeats + ".");
    }
    this.officeSeats = officeSeats;
  }

  public Long getId() {
    return id;
  }

  public String getCode() {
    return code;
  }

  public String getName() {
    return name;
  }

  public ZoneId getTimeZone() {
    return ZoneId.of(timeZone);
  }

  public int getOfficeSeats() {
    return officeSeats;
  }

  public long getVersion() {
    return version;
  }
}
