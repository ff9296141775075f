package eu.clus3.plugin.api;

import org.pf4j.ExtensionPoint;

/**
 * A module's JSON API, mounted at {@code /api/modules/<moduleId>/}. {@link #resource()} returns a
 * JAX-RS sub-resource: an object whose class has no {@code @Path} itself but resource methods
 * ({@code @GET}, {@code @POST}, ... with their own {@code @Path} when needed), e.g.
 * <pre>{@code
 * public class Api {
 *     @GET @Path("hello") @Produces("application/json")
 *     public Map<String, String> hello() { return Map.of("hello", "world"); }
 * }
 * }</pre>
 * The platform authenticates the caller first (session or API token, as for the core API); the
 * module checks what they may do through {@link ModuleContext#currentUser()}. Errors thrown as JAX-RS
 * {@code WebApplicationException}s keep their status; {@link StaleDocumentException} becomes 409,
 * {@link InvalidDocumentException} 400, anything else 500 with the reason logged.
 */
public interface RestEndpoint extends ExtensionPoint {

    Object resource();
}
