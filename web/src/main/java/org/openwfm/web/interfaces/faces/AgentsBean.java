package org.openwfm.web.interfaces.faces;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.openwfm.web.application.AgentService;
import org.openwfm.web.application.AgentSummary;

/** The agents page: one table, paged, sorted and filtered in the view (read once per view). */
@Named
@ViewScoped
public class AgentsBean implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject private transient AgentService agents;

  private List<AgentSummary> list;
  private List<AgentSummary> filtered;

  @PostConstruct
  void load() {
    list = agents.list();
  }

  public List<AgentSummary> getList() {
    return list;
  }

  public List<AgentSummary> getFiltered() {
    return filtered;
  }

  public void setFiltered(List<AgentSummary> filtered) {
    this.filtered = filtered;
  }

  public List<String> getWorkModes() {
    return List.of("OFFICE", "HYBRID", "REMOTE");
  }

  public List<String> getSites() {
    return list.stream().map(AgentSummary::site).distinct().sorted().toList();
  }
}
