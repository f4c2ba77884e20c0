package org.openwfm.web.infrastructure.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.AutoApplySession;
import jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanism;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStoreHandler;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

/**
 * One mechanism for both doors of the application, because Jakarta Security 3 allows one per application:
 *
 * <ul>
 *   <li>REST API ({@code /api/*}): stateless HTTP Basic. A protected call without valid credentials gets 401
 *       with a {@code WWW-Authenticate} challenge; a wrong role then gets 403 from {@code @RolesAllowed}.
 *   <li>Portal: form log-in through {@code login.xhtml}, which calls {@code SecurityContext.authenticate};
 *       the session keeps the caller ({@link AutoApplySession}). A protected page without a session redirects
 *       to the log-in page.
 * </ul>
 */
@ApplicationScoped
@AutoApplySession
public class PortalAuthenticationMechanism implements HttpAuthenticationMechanism {

  static final String LOGIN_PAGE = "/login.xhtml";
  private static final String API_PREFIX = "/api/";
  private static final String BASIC = "Basic ";

  @Inject private IdentityStoreHandler identityStoreHandler;

  @Override
  public AuthenticationStatus validateRequest(
      HttpServletRequest request, HttpServletResponse response, HttpMessageContext context) {
    if (isApi(request)) {
      return validateApiRequest(request, response, context);
    }
    Credential credential = context.getAuthParameters().getCredential();
    if (credential != null) {
      return context.notifyContainerAboutLogin(identityStoreHandler.validate(credential));
    }
    if (context.isProtected()) {
      return context.redirect(request.getContextPath() + LOGIN_PAGE);
    }
    return context.doNothing();
  }

  private AuthenticationStatus validateApiRequest(
      HttpServletRequest request, HttpServletResponse response, HttpMessageContext context) {
    String header = request.getHeader("Authorization");
    if (header != null && header.regionMatches(true, 0, BASIC, 0, BASIC.length())) {
      UsernamePasswordCredential credential = decodeBasic(header.substring(BASIC.length()).trim());
      if (credential != null) {
        CredentialValidationResult result = identityStoreHandler.validate(credential);
        if (result.getStatus() == CredentialValidationResult.Status.VALID) {
          return context.notifyContainerAboutLogin(result);
        }
      }
      return challenge(response, context);
    }
    return context.isProtected() ? challenge(response, context) : context.doNothing();
  }

  private static AuthenticationStatus challenge(HttpServletResponse response, HttpMessageContext context) {
    response.setHeader("WWW-Authenticate", "Basic realm=\"OpenWFM\", charset=\"UTF-8\"");
    return context.responseUnauthorized();
  }

  private static UsernamePasswordCredential decodeBasic(String encoded) {
    try {
      String decoded = new String(Base64.getDecoder().decode(encoded), StandardCharsets.UTF_8);
      int colon = decoded.indexOf(':');
      return colon <= 0 ? null : new UsernamePasswordCredential(decoded.substring(0, colon), decoded.substring(colon + 1));
    } catch (IllegalArgumentException notBase64) {
      return null;
    }
  }

  private static boolean isApi(HttpServletRequest request) {
    String path = request.getRequestURI().substring(request.getContextPath().length());
    return path.startsWith(API_PREFIX) || path.equals("/api");
  }
}
