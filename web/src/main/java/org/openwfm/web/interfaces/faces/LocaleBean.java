package org.openwfm.web.interfaces.faces;

import jakarta.enterprise.context.SessionScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.SecurityContext;
import java.io.Serializable;
import java.security.Principal;
import java.util.List;
import java.util.Locale;
import org.openwfm.web.application.UserService;

/** The portal's language for this session: chosen on the log-in page or in the header, remembered per user. */
@Named
@SessionScoped
public class LocaleBean implements Serializable {

  private static final long serialVersionUID = 1L;

  /** The languages the portal speaks, each named in its own language. */
  public record Language(String code, String name) {}

  private static final List<Language> LANGUAGES = List.of(
      new Language("en", "English"),
      new Language("et", "Eesti"),
      new Language("fi", "Suomi"),
      new Language("hu", "Magyar"),
      new Language("ru", "Русский"));

  @Inject private UserService users;
  @Inject private SecurityContext securityContext;

  private String language;

  public Locale getLocale() {
    if (language == null) {
      language = initialLanguage();
    }
    return Locale.forLanguageTag(language);
  }

  public String getLanguage() {
    return getLocale().getLanguage();
  }

  public void setLanguage(String language) {
    if (LANGUAGES.stream().anyMatch(l -> l.code().equals(language))) {
      this.language = language;
    }
  }

  public List<Language> getLanguages() {
    return LANGUAGES;
  }

  /** Switches to a language, shows the page in it and stores it as the user's preference. */
  public void change(String code) {
    setLanguage(code);
    FacesContext.getCurrentInstance().getViewRoot().setLocale(getLocale());
    Principal caller = securityContext.getCallerPrincipal();
    if (caller != null) {
      users.changeLocale(caller.getName(), language);
    }
  }

  /** After log-in: the user's stored language becomes the session's. */
  void useLanguageOf(String username) {
    users.find(username).ifPresent(user -> setLanguage(user.locale()));
  }

  private static String initialLanguage() {
    FacesContext context = FacesContext.getCurrentInstance();
    if (context != null) {
      Locale requested = context.getExternalContext().getRequestLocale();
      if (requested != null && LANGUAGES.stream().anyMatch(l -> l.code().equals(requested.getLanguage()))) {
        return requested.getLanguage();
      }
    }
    return "en";
  }
}
