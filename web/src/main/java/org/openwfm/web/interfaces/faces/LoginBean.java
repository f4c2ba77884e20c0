package org.openwfm.web.interfaces.faces;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.SecurityContext;
import jakarta.security.enterprise.authentication.mechanism.http.AuthenticationParameters;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/** The log-in form: checks the credentials through Jakarta Security and opens the user's start page. */
@Named
@RequestScoped
public class LoginBean {

  @Inject private SecurityContext securityContext;
  @Inject private LocaleBean localeBean;

  private String username;
  private String password;

  public void login() throws IOException {
    FacesContext faces = FacesContext.getCurrentInstance();
    ExternalContext external = faces.getExternalContext();
    HttpServletRequest request = (HttpServletRequest) external.getRequest();
    // A fresh session id after log-in prevents session fixation.
    if (request.getSession(false) != null) {
      request.changeSessionId();
    }
    AuthenticationStatus status = securityContext.authenticate(
        request,
        (HttpServletResponse) external.getResponse(),
        AuthenticationParameters.withParams()
            .newAuthentication(true)
            .credential(new UsernamePasswordCredential(username == null ? "" : username.strip(),
                password == null ? "" : password)));
    if (status == AuthenticationStatus.SUCCESS) {
      localeBean.useLanguageOf(username.strip());
      external.redirect(external.getRequestContextPath() + "/index.xhtml");
      faces.responseComplete();
    } else if (status != AuthenticationStatus.SEND_CONTINUE) {
      Messages.error(Messages.text("login.failed"));
    }
  }

  public String getUsername() {
    return username;
  }

  public void setUsername(String username) {
    this.username = username;
  }

  public String getPassword() {
    return password;
  }

  public void setPassword(String password) {
    this.password = password;
  }
}
