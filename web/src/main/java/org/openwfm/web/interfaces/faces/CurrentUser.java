package org.openwfm.web.interfaces.faces;

import jakarta.enterprise.context.SessionScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.SecurityContext;
import java.io.Serializable;
import java.security.Principal;
import org.openwfm.web.application.UserService;

/**
 * Who is logged in, read once per session: the header shows the display name on every page, and reading the
 * user from the database each time cost a quarter of a page's server time.
 */
@Named
@SessionScoped
public class CurrentUser implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject private transient SecurityContext securityContext;
  @Inject private transient UserService users;

  private String username;
  private String displayName;

  /** The caller's display name, or empty when nobody is logged in. */
  public String getDisplayName() {
    Principal caller = securityContext.getCallerPrincipal();
    if (caller == null) {
      return "";
    }
    if (!caller.getName().equals(username)) {
      username = caller.getName();
      displayName = users.find(username).map(UserService.UserSummary::displayName).orElse(username);
    }
    return displayName;
  }
}
