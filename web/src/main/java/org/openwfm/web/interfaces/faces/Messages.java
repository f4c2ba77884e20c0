package org.openwfm.web.interfaces.faces;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import java.text.MessageFormat;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/** Looks up the portal's texts in the current language and shows messages. */
final class Messages {

  static final String BUNDLE = "org.openwfm.web.i18n.messages";

  private Messages() {}

  static String text(String key, Object... arguments) {
    FacesContext context = FacesContext.getCurrentInstance();
    ResourceBundle bundle = ResourceBundle.getBundle(BUNDLE, context.getViewRoot().getLocale());
    try {
      return MessageFormat.format(bundle.getString(key), arguments);
    } catch (MissingResourceException e) {
      return key;
    }
  }

  static void info(String key, Object... arguments) {
    add(FacesMessage.SEVERITY_INFO, text(key, arguments));
  }

  static void error(String detail) {
    add(FacesMessage.SEVERITY_ERROR, detail);
  }

  private static void add(FacesMessage.Severity severity, String summary) {
    FacesContext.getCurrentInstance().addMessage(null, new FacesMessage(severity, summary, null));
  }
}
