package eu.clus3.core.platform;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirements;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("platform")
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Platform")
public class PlatformResource {

    private static final PlatformInfo INFO = PlatformInfo.current();

    @GET
    @SecurityRequirements
    @Operation(summary = "Name and versions of this platform (public)")
    public PlatformInfo info() {
        return INFO;
    }
}
