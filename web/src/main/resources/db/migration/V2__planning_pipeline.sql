-- The planner's pipeline: background jobs, forecasts (versions, intervals, overrides, back-test), queue targets,
-- requirements, schedules (shifts and breaks) and simulations. Same SQL subset as V1.
-- Local date-times (interval_start) are in the queue's time zone, like history_interval; shift times are UTC.

-- A long run a user started (forecast, schedule, simulation). A job that is QUEUED or RUNNING when the server
-- starts was lost with the previous server and is marked FAILED at start-up.
CREATE TABLE job (
  id               BIGINT AUTO_INCREMENT PRIMARY KEY,
  kind             VARCHAR(20)   NOT NULL,
  title            VARCHAR(200)  NOT NULL,
  state            VARCHAR(20)   NOT NULL,
  progress         DOUBLE        NOT NULL,
  message          VARCHAR(1000),
  result_path      VARCHAR(200),
  cancel_requested BOOLEAN       NOT NULL,
  created_by       VARCHAR(60)   NOT NULL,
  created_at       DATETIME      NOT NULL,
  started_at       DATETIME,
  finished_at      DATETIME
);
CREATE INDEX ix_job_created ON job (created_at);

-- One forecast version: what a run produced, or an earlier version with a planner's overrides applied.
CREATE TABLE forecast (
  id           BIGINT AUTO_INCREMENT PRIMARY KEY,
  name         VARCHAR(200) NOT NULL,
  parent_id    BIGINT,
  first_day    DATE         NOT NULL,
  last_day     DATE         NOT NULL,
  method       VARCHAR(60)  NOT NULL,
  band_level   DOUBLE       NOT NULL,
  history_end  DATE         NOT NULL,
  created_by   VARCHAR(60)  NOT NULL,
  created_at   DATETIME     NOT NULL,
  note         VARCHAR(1000),
  version      BIGINT       NOT NULL DEFAULT 0,
  CONSTRAINT fk_forecast_parent FOREIGN KEY (parent_id) REFERENCES forecast (id)
);

CREATE TABLE forecast_queue (
  forecast_id BIGINT NOT NULL,
  queue_id    BIGINT NOT NULL,
  PRIMARY KEY (forecast_id, queue_id),
  CONSTRAINT fk_forecast_queue_forecast FOREIGN KEY (forecast_id) REFERENCES forecast (id) ON DELETE CASCADE,
  CONSTRAINT fk_forecast_queue_queue FOREIGN KEY (queue_id) REFERENCES queue (id)
);

CREATE TABLE forecast_interval (
  forecast_id      BIGINT   NOT NULL,
  queue_id         BIGINT   NOT NULL,
  interval_start   DATETIME NOT NULL,
  interval_minutes INT      NOT NULL,
  offered          DOUBLE   NOT NULL,
  offered_low      DOUBLE   NOT NULL,
  offered_high     DOUBLE   NOT NULL,
  aht_seconds      DOUBLE   NOT NULL,
  PRIMARY KEY (forecast_id, queue_id, interval_start),
  CONSTRAINT fk_forecast_interval_forecast FOREIGN KEY (forecast_id) REFERENCES forecast (id) ON DELETE CASCADE,
  CONSTRAINT fk_forecast_interval_queue FOREIGN KEY (queue_id) REFERENCES queue (id)
);

-- A planner's change to a day (interval_start NULL) or one interval of a queue: the new offered volume is the
-- forecast times factor. Kept with the version it produced, so the reason stays visible.
CREATE TABLE forecast_override (
  id             BIGINT AUTO_INCREMENT PRIMARY KEY,
  forecast_id    BIGINT        NOT NULL,
  queue_id       BIGINT        NOT NULL,
  override_day   DATE          NOT NULL,
  interval_start DATETIME,
  factor         DOUBLE        NOT NULL,
  reason         VARCHAR(500)  NOT NULL,
  created_by     VARCHAR(60)   NOT NULL,
  created_at     DATETIME      NOT NULL,
  CONSTRAINT fk_forecast_override_forecast FOREIGN KEY (forecast_id) REFERENCES forecast (id) ON DELETE CASCADE,
  CONSTRAINT fk_forecast_override_queue FOREIGN KEY (queue_id) REFERENCES queue (id)
);

-- The rolling-origin back-test behind a forecast: one row per queue and method, the chosen one flagged.
CREATE TABLE forecast_backtest (
  forecast_id  BIGINT      NOT NULL,
  queue_id     BIGINT      NOT NULL,
  method       VARCHAR(60) NOT NULL,
  horizon_days INT         NOT NULL,
  wape         DOUBLE,
  mase         DOUBLE,
  bias         DOUBLE,
  coverage     DOUBLE,
  chosen       BOOLEAN     NOT NULL,
  PRIMARY KEY (forecast_id, queue_id, method),
  CONSTRAINT fk_forecast_backtest_forecast FOREIGN KEY (forecast_id) REFERENCES forecast (id) ON DELETE CASCADE,
  CONSTRAINT fk_forecast_backtest_queue FOREIGN KEY (queue_id) REFERENCES queue (id)
);

-- Service targets per queue beyond the service level already on queue. NULL means "not a target".
CREATE TABLE queue_target (
  queue_id               BIGINT PRIMARY KEY,
  asa_seconds            DOUBLE,
  max_abandon_rate       DOUBLE,
  max_occupancy          DOUBLE,
  patience_seconds       DOUBLE,
  concurrency            INT,
  deadline_minutes       INT,
  shrinkage              DOUBLE,
  version                BIGINT NOT NULL DEFAULT 0,
  CONSTRAINT fk_queue_target_queue FOREIGN KEY (queue_id) REFERENCES queue (id)
);

-- Agents required per queue and interval, computed from one forecast version.
CREATE TABLE requirement (
  id          BIGINT AUTO_INCREMENT PRIMARY KEY,
  name        VARCHAR(200) NOT NULL,
  forecast_id BIGINT       NOT NULL,
  shrinkage   DOUBLE       NOT NULL,
  shrinkage_source VARCHAR(200) NOT NULL,
  created_by  VARCHAR(60)  NOT NULL,
  created_at  DATETIME     NOT NULL,
  version     BIGINT       NOT NULL DEFAULT 0,
  CONSTRAINT fk_requirement_forecast FOREIGN KEY (forecast_id) REFERENCES forecast (id)
);

CREATE TABLE requirement_interval (
  requirement_id   BIGINT   NOT NULL,
  queue_id         BIGINT   NOT NULL,
  interval_start   DATETIME NOT NULL,
  interval_minutes INT      NOT NULL,
  offered          DOUBLE   NOT NULL,
  aht_seconds      DOUBLE   NOT NULL,
  agents           INT      NOT NULL,
  agents_gross     DOUBLE   NOT NULL,
  service_level    DOUBLE,
  asa_seconds      DOUBLE,
  abandon_rate     DOUBLE,
  occupancy        DOUBLE,
  PRIMARY KEY (requirement_id, queue_id, interval_start),
  CONSTRAINT fk_requirement_interval_req FOREIGN KEY (requirement_id) REFERENCES requirement (id) ON DELETE CASCADE,
  CONSTRAINT fk_requirement_interval_queue FOREIGN KEY (queue_id) REFERENCES queue (id)
);

-- A schedule for a planning period. Days up to published_until are what agents see and are pinned in later
-- solves; state is DRAFT until the first publication.
CREATE TABLE schedule (
  id              BIGINT AUTO_INCREMENT PRIMARY KEY,
  name            VARCHAR(200) NOT NULL,
  requirement_id  BIGINT       NOT NULL,
  first_day       DATE         NOT NULL,
  weeks           INT          NOT NULL,
  state           VARCHAR(20)  NOT NULL,
  published_until DATE,
  score           VARCHAR(100),
  short_share     DOUBLE,
  created_by      VARCHAR(60)  NOT NULL,
  created_at      DATETIME     NOT NULL,
  version         BIGINT       NOT NULL DEFAULT 0,
  CONSTRAINT fk_schedule_requirement FOREIGN KEY (requirement_id) REFERENCES requirement (id)
);

-- One agent's shift on one day (the agent's local day); start and end in UTC.
CREATE TABLE shift (
  id          BIGINT AUTO_INCREMENT PRIMARY KEY,
  schedule_id BIGINT      NOT NULL,
  agent_id    BIGINT      NOT NULL,
  shift_day   DATE        NOT NULL,
  start_utc   DATETIME    NOT NULL,
  end_utc     DATETIME    NOT NULL,
  location    VARCHAR(20) NOT NULL,
  edited_by   VARCHAR(60),
  version     BIGINT      NOT NULL DEFAULT 0,
  CONSTRAINT uk_shift_agent_day UNIQUE (schedule_id, agent_id, shift_day),
  CONSTRAINT fk_shift_schedule FOREIGN KEY (schedule_id) REFERENCES schedule (id) ON DELETE CASCADE,
  CONSTRAINT fk_shift_agent FOREIGN KEY (agent_id) REFERENCES agent (id)
);

-- Breaks and lunches inside a shift (not coverage).
CREATE TABLE shift_break (
  shift_id  BIGINT      NOT NULL,
  kind      VARCHAR(20) NOT NULL,
  start_utc DATETIME    NOT NULL,
  end_utc   DATETIME    NOT NULL,
  PRIMARY KEY (shift_id, start_utc),
  CONSTRAINT fk_shift_break_shift FOREIGN KEY (shift_id) REFERENCES shift (id) ON DELETE CASCADE
);

-- A simulation of a schedule against a forecast version.
CREATE TABLE simulation (
  id             BIGINT AUTO_INCREMENT PRIMARY KEY,
  name           VARCHAR(200) NOT NULL,
  schedule_id    BIGINT       NOT NULL,
  forecast_id    BIGINT       NOT NULL,
  first_day      DATE         NOT NULL,
  last_day       DATE         NOT NULL,
  replications   INT          NOT NULL,
  seed           BIGINT       NOT NULL,
  service_level  DOUBLE,
  asa_seconds    DOUBLE,
  abandon_rate   DOUBLE,
  occupancy      DOUBLE,
  created_by     VARCHAR(60)  NOT NULL,
  created_at     DATETIME     NOT NULL,
  CONSTRAINT fk_simulation_schedule FOREIGN KEY (schedule_id) REFERENCES schedule (id) ON DELETE CASCADE,
  CONSTRAINT fk_simulation_forecast FOREIGN KEY (forecast_id) REFERENCES forecast (id)
);

-- Per queue and interval: mean over replications and the half-width of its 95% confidence interval.
CREATE TABLE simulation_interval (
  simulation_id     BIGINT   NOT NULL,
  queue_id          BIGINT   NOT NULL,
  interval_start    DATETIME NOT NULL,
  offered           DOUBLE   NOT NULL,
  service_level     DOUBLE,
  service_level_ci  DOUBLE,
  asa_seconds       DOUBLE,
  asa_ci            DOUBLE,
  abandon_rate      DOUBLE,
  abandon_ci        DOUBLE,
  occupancy         DOUBLE,
  occupancy_ci      DOUBLE,
  PRIMARY KEY (simulation_id, queue_id, interval_start),
  CONSTRAINT fk_simulation_interval_sim FOREIGN KEY (simulation_id) REFERENCES simulation (id) ON DELETE CASCADE,
  CONSTRAINT fk_simulation_interval_queue FOREIGN KEY (queue_id) REFERENCES queue (id)
);

CREATE INDEX ix_shift_agent_day ON shift (agent_id, shift_day);
CREATE INDEX ix_forecast_override_forecast ON forecast_override (forecast_id);
