package org.openwfm.web.interfaces.faces;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.openwfm.web.application.AgentQuery;
import org.openwfm.web.application.AgentService;
import org.openwfm.web.application.AgentSummary;
import org.openwfm.web.application.OverviewService;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;
import org.primefaces.model.SortOrder;

/**
 * The agents page: the table asks for one page at a time, filtered and sorted in the database, so the page
 * costs the same with 100 or 10,000 agents.
 */
@Named
@ViewScoped
public class AgentsBean implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject private transient AgentService agents;
  @Inject private transient OverviewService overview;

  private final LazyDataModel<AgentSummary> model = new AgentPages();
  private List<String> sites;

  public LazyDataModel<AgentSummary> getModel() {
    return model;
  }

  public List<String> getWorkModes() {
    return List.of("OFFICE", "HYBRID", "REMOTE");
  }

  public List<String> getSites() {
    if (sites == null) {
      sites = overview.staffBySite().stream().map(OverviewService.SiteStaff::site).toList();
    }
    return sites;
  }

  /** Translates the table's paging, sorting and filters into an {@link AgentQuery}. */
  private final class AgentPages extends LazyDataModel<AgentSummary> {

    private static final long serialVersionUID = 1L;

    @Override
    public int count(Map<String, FilterMeta> filters) {
      return (int) agents.count(query(0, 1, Map.of(), filters));
    }

    @Override
    public List<AgentSummary> load(int first, int pageSize, Map<String, SortMeta> sorts, Map<String, FilterMeta> filters) {
      return agents.page(query(first, pageSize, sorts, filters));
    }

    @Override
    public String getRowKey(AgentSummary agent) {
      return agent.code();
    }

    @Override
    public AgentSummary getRowData(String rowKey) {
      return agents.find(rowKey).orElse(null);
    }

    private AgentQuery query(int first, int pageSize, Map<String, SortMeta> sorts, Map<String, FilterMeta> filters) {
      Optional<SortMeta> sort = sorts.values().stream().filter(s -> s.getOrder() != SortOrder.UNSORTED).findFirst();
      return new AgentQuery(
          filter(filters, "code"),
          filter(filters, "lastName"),
          filter(filters, "site"),
          filter(filters, "team"),
          filter(filters, "workMode"),
          filter(filters, "skillsText"),
          sort.map(SortMeta::getField).orElse("code"),
          sort.map(s -> s.getOrder() != SortOrder.DESCENDING).orElse(true),
          first,
          pageSize);
    }

    private static Optional<String> filter(Map<String, FilterMeta> filters, String field) {
      return Optional.ofNullable(filters.get(field))
          .map(FilterMeta::getFilterValue)
          .map(Object::toString)
          .map(String::strip)
          .filter(v -> !v.isEmpty());
    }
  }
}
