-- Requirements and simulations per queue (requirements+simulation area). Same SQL subset as V1 and V2.

-- The shrinkage each queue of a requirement was grossed up with, and where it came from (HR absenteeism of the
-- agents skilled for the queue, the planner's override, or the 10% default), so the planner sees the source.
CREATE TABLE requirement_queue (
  requirement_id   BIGINT       NOT NULL,
  queue_id         BIGINT       NOT NULL,
  model            VARCHAR(20)  NOT NULL,
  shrinkage        DOUBLE       NOT NULL,
  shrinkage_source VARCHAR(200) NOT NULL,
  intervals        INT          NOT NULL,
  agent_hours      DOUBLE       NOT NULL,
  PRIMARY KEY (requirement_id, queue_id),
  CONSTRAINT fk_requirement_queue_req FOREIGN KEY (requirement_id) REFERENCES requirement (id) ON DELETE CASCADE,
  CONSTRAINT fk_requirement_queue_queue FOREIGN KEY (queue_id) REFERENCES queue (id)
);

-- Per queue over the simulated days: mean over replications and the half-width of its 95% confidence interval.
CREATE TABLE simulation_queue (
  simulation_id    BIGINT NOT NULL,
  queue_id         BIGINT NOT NULL,
  offered          DOUBLE NOT NULL,
  service_level    DOUBLE,
  service_level_ci DOUBLE,
  asa_seconds      DOUBLE,
  asa_ci           DOUBLE,
  abandon_rate     DOUBLE,
  abandon_ci       DOUBLE,
  occupancy        DOUBLE,
  occupancy_ci     DOUBLE,
  weak_intervals   INT    NOT NULL,
  PRIMARY KEY (simulation_id, queue_id),
  CONSTRAINT fk_simulation_queue_sim FOREIGN KEY (simulation_id) REFERENCES simulation (id) ON DELETE CASCADE,
  CONSTRAINT fk_simulation_queue_queue FOREIGN KEY (queue_id) REFERENCES queue (id)
);

CREATE INDEX ix_requirement_forecast ON requirement (forecast_id);
CREATE INDEX ix_simulation_schedule ON simulation (schedule_id);
