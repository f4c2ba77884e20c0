package org.openwfm.web.interfaces.faces;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.openwfm.web.application.QueueService;
import org.openwfm.web.application.QueueSummary;

/** The queues page: table of queues and the edit dialog for the service-level target. */
@Named
@ViewScoped
public class QueuesBean implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject private transient QueueService queues;

  private List<QueueSummary> list;
  private QueueSummary selected;
  private String name;
  private double targetPercent;
  private int thresholdSeconds;

  @PostConstruct
  void load() {
    list = queues.list();
  }

  public void edit(QueueSummary queue) {
    selected = queue;
    name = queue.name();
    targetPercent = Math.round(queue.serviceLevelTarget() * 1000) / 10.0;
    thresholdSeconds = queue.serviceLevelThresholdSeconds();
  }

  public void save() {
    try {
      QueueSummary saved = queues.update(selected.code(), selected.version(), name, targetPercent / 100.0, thresholdSeconds);
      Messages.info("queues.saved", saved.code());
      selected = null;
      load();
    } catch (RuntimeException e) {
      Messages.error(EditFailures.messageFor(e).orElseThrow(() -> e));
      // Show the current values so the planner sees what the other person saved.
      load();
    }
  }

  public List<QueueSummary> getList() {
    return list;
  }

  public QueueSummary getSelected() {
    return selected;
  }

  public String getName() {
    return name;
  }

  public void setName(String name) {
    this.name = name;
  }

  public double getTargetPercent() {
    return targetPercent;
  }

  public void setTargetPercent(double targetPercent) {
    this.targetPercent = targetPercent;
  }

  public int getThresholdSeconds() {
    return thresholdSeconds;
  }

  public void setThresholdSeconds(int thresholdSeconds) {
    this.thresholdSeconds = thresholdSeconds;
  }
}
