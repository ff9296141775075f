package eu.clus3.plugin.api;

import org.pf4j.ExtensionPoint;

/**
 * A module's JSON API, mounted at {@code /api/modules/<moduleId>/}. {@link #resource()} returns an object whose
 * class has no {@code @Path} itself but resource methods ({@code @GET}, {@code @POST}, {@code @PUT},
 * {@code @DELETE} with their own {@code @Path} when needed) with <b>typed</b> parameters and answers:
 * <pre>{@code
 * public class Api {
 *     @GET @Path("courses/{id}")
 *     public Course course(@PathParam("id") long id) { return courses.get(id); }
 *
 *     @POST @Path("courses")
 *     public Created<Course> create(NewCourse body) { Course c = courses.create(body); return Created.at("courses/" + c.id(), c); }
 *
 *     @PUT @Path("courses/{id}")
 *     public Course change(@PathParam("id") long id, CourseChange body) { return courses.change(id, body); }
 * }
 * }</pre>
 * The platform binds them (since 1.4.0), with the same JSON mapping as its own API ({@link ModuleContext#json()}):
 * <ul>
 *   <li>parameters: {@code @PathParam}, {@code @QueryParam}, {@code @HeaderParam} (with {@code @DefaultValue}) of
 *   type {@code String}, {@code int}/{@code long}/{@code double}/{@code boolean} or their wrappers, an enum, or a
 *   type with a static {@code valueOf(String)}; {@code @Context HttpHeaders}/{@code UriInfo}; and one body parameter
 *   without annotation: a record (or any JSON-B type, {@code List}s included) read from JSON, or {@code String},
 *   {@code byte[]} or {@code InputStream} for the raw body (files, YAML);</li>
 *   <li>answers: a record, {@code List} or map written as JSON (200), {@link Created} (201 with {@code Location}),
 *   {@code void} (204), {@code String} or {@code byte[]} sent as they are with the method's {@code @Produces} type,
 *   or a JAX-RS {@code Response} for anything else (PDF, SVG, downloads with their own headers).</li>
 * </ul>
 * Every method appears, typed, in the platform's API document ({@code /openapi}) while the module runs.
 *
 * <p>The platform authenticates the caller first (session or API token, as for the core API); the module checks
 * what they may do through {@link ModuleContext#currentUser()}. Errors: throw {@link ModuleProblem}; the store's
 * {@link StaleDocumentException} (409), {@link InvalidDocumentException} (400) and {@link RefusedFileException}
 * (413/415/400) are answered the same way; a body that is not JSON of the right shape answers 400 naming the
 * field; anything else answers 500 with an incident id, the reason logged.
 */
public interface RestEndpoint extends ExtensionPoint {

    Object resource();
}
