package eu.clus3.core.api;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.enums.SecuritySchemeType;
import org.eclipse.microprofile.openapi.annotations.info.Info;
import org.eclipse.microprofile.openapi.annotations.info.License;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.security.SecurityScheme;

/** The JSON API. Resources live beside their feature (identity, clusters, forums, ...). */
@ApplicationPath("api")
@OpenAPIDefinition(
        info = @Info(title = "Clus3 platform API", version = "1",
                description = "Cluster organisations, people, forums and module plugins. Errors are "
                        + "application/problem+json. Authenticate with a session cookie or a personal API token.",
                license = @License(name = "Apache-2.0")),
        security = @SecurityRequirement(name = "bearer"))
@SecurityScheme(securitySchemeName = "bearer", type = SecuritySchemeType.HTTP, scheme = "bearer",
        description = "A personal API token (Account > API tokens), sent as 'Authorization: Bearer c3_...'")
public class RestApplication extends Application {
}
