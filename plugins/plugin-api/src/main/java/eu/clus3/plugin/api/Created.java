package eu.clus3.plugin.api;

import java.util.Objects;

/**
 * The answer of a typed endpoint method that created something: {@code 201 Created}, the new thing as the JSON
 * body, and its address in {@code Location}.
 * <pre>{@code
 * @POST @Path("courses")
 * public Created<Course> create(NewCourse course) {
 *     Course c = courses.create(course);
 *     return Created.at("courses/" + c.id(), c);
 * }
 * }</pre>
 *
 * @param location the address of what was created, relative to the module's API ({@code courses/7} answers
 *                 {@code Location: /api/modules/<moduleId>/courses/7})
 * @param body     what was created, written as JSON
 * @param <T>      its type (a record)
 * @since 1.4.0
 */
public record Created<T>(String location, T body) {

    public Created {
        Objects.requireNonNull(location, "location");
        Objects.requireNonNull(body, "body");
    }

    public static <T> Created<T> at(String location, T body) {
        return new Created<>(location, body);
    }
}
