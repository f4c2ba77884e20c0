package org.openwfm.web.interfaces.rest;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.enums.SecuritySchemeType;
import org.eclipse.microprofile.openapi.annotations.info.Info;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.security.SecurityScheme;

/** The REST API root. */
@ApplicationPath("/api")
@OpenAPIDefinition(
    info = @Info(
        title = "OpenWFM API",
        version = "0.1",
        description = "Workforce management for contact centres. Every call needs HTTP Basic credentials; "
            + "each operation names the roles allowed to call it."),
    security = @SecurityRequirement(name = "basic"))
@SecurityScheme(securitySchemeName = "basic", type = SecuritySchemeType.HTTP, scheme = "basic")
public class WfmApi extends Application {}
