package org.openwfm.web.interfaces.faces;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.SecurityContext;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.net.MalformedURLException;
import java.util.ArrayList;
import java.util.List;
import org.openwfm.web.domain.model.user.Role;

/**
 * The portal shell: who is logged in, the menu of pages their roles may open (and only pages that exist),
 * the start page per role, and log-out.
 */
@Named("shell")
@RequestScoped
public class ShellBean {

  /** A menu entry: the message key of its label, the page, and a PrimeIcons icon. */
  public record MenuItem(String labelKey, String outcome, String icon) {}

  @Inject private SecurityContext securityContext;
  @Inject private CurrentUser currentUser;

  public boolean isLoggedIn() {
    return securityContext.getCallerPrincipal() != null;
  }

  public String getDisplayName() {
    return currentUser.getDisplayName();
  }

  public boolean hasRole(String role) {
    return securityContext.isCallerInRole(role);
  }

  /** The menu for the caller's roles, start page first. */
  public List<MenuItem> getMenu() {
    List<MenuItem> menu = new ArrayList<>();
    menu.add(new MenuItem("menu.home", startPage(), "pi pi-home"));
    if (hasRole(Role.Names.PLANNER) || hasRole(Role.Names.MANAGER) || hasRole(Role.Names.HR)
        || hasRole(Role.Names.ADMIN)) {
      menu.add(new MenuItem("menu.queues", "/workforce/queues.xhtml", "pi pi-inbox"));
      menu.add(new MenuItem("menu.agents", "/workforce/agents.xhtml", "pi pi-users"));
    }
    if (hasRole(Role.Names.PLANNER)) {
      menu.add(new MenuItem("menu.history", "/planner/history.xhtml", "pi pi-upload"));
      menu.add(new MenuItem("menu.historyCharts", "/planner/history-charts.xhtml", "pi pi-chart-bar"));
      menu.add(new MenuItem("menu.events", "/planner/events.xhtml", "pi pi-calendar-plus"));
      menu.add(new MenuItem("menu.forecast", "/planner/forecast.xhtml", "pi pi-chart-line"));
      menu.add(new MenuItem("menu.requirements", "/planner/requirements.xhtml", "pi pi-calculator"));
      menu.add(new MenuItem("menu.schedule", "/planner/schedule.xhtml", "pi pi-calendar"));
      menu.add(new MenuItem("menu.simulation", "/planner/simulation.xhtml", "pi pi-play"));
      menu.add(new MenuItem("menu.jobs", "/planner/jobs.xhtml", "pi pi-spinner"));
    }
    menu.add(new MenuItem("menu.profile", "/profile.xhtml", "pi pi-user"));
    return menu.stream().filter(ShellBean::pageExists).toList();
  }

  /** Whether the page is part of this build (menu entries of pages still to come stay hidden). */
  private static boolean pageExists(MenuItem item) {
    try {
      return FacesContext.getCurrentInstance().getExternalContext().getResource(item.outcome()) != null;
    } catch (MalformedURLException e) {
      return false;
    }
  }

  /** The start page of the caller's main role (an administrator's first). */
  public String startPage() {
    if (hasRole(Role.Names.ADMIN)) {
      return "/admin/index.xhtml";
    }
    if (hasRole(Role.Names.PLANNER)) {
      return "/planner/index.xhtml";
    }
    if (hasRole(Role.Names.MANAGER)) {
      return "/manager/index.xhtml";
    }
    if (hasRole(Role.Names.HR)) {
      return "/hr/index.xhtml";
    }
    return "/agent/index.xhtml";
  }

  /** Opens the start page; used by {@code index.xhtml}. */
  public void openStartPage() throws IOException {
    ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
    external.redirect(external.getRequestContextPath() + startPage());
  }

  public void logout() throws IOException, ServletException {
    ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
    ((HttpServletRequest) external.getRequest()).logout();
    external.invalidateSession();
    external.redirect(external.getRequestContextPath() + "/login.xhtml");
  }
}
