package eu.clus3.core.modules;

import eu.clus3.plugin.api.Created;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import org.junit.jupiter.api.Test;

import java.io.InputStream;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** How the platform reads a module's resource methods: the one reading that binds calls and writes the API document. */
class ModuleOperationTest {

    enum Level { LOW, HIGH }

    record NewCourse(String title, int days) {
    }

    record Course(long id, String title) {
    }

    @Produces("application/json")
    public static class Courses {
        @GET
        @Path("courses")
        public List<Course> list(@QueryParam("page") @DefaultValue("0") int page, @QueryParam("level") Level level) {
            return List.of();
        }

        @POST
        @Path("/courses/")
        public Created<Course> create(NewCourse body) {
            return null;
        }

        @PUT
        @Path("courses/{id: \\d+}")
        public Course change(@PathParam("id") long id, @HeaderParam("If-Match") String version, NewCourse body) {
            return null;
        }

        @DELETE
        @Path("courses/{id}")
        public void remove(@PathParam("id") long id) {
        }

        @POST
        @Path("courses/{id}/material")
        @Consumes("*/*")
        @Produces("application/pdf")
        public Response material(@PathParam("id") long id, InputStream file, @Context HttpHeaders headers) {
            return null;
        }

        @GET
        public String root() {
            return "";
        }

        public String notAnOperation() {
            return "";
        }
    }

    @Test
    void reads_methods_paths_media_types_and_parameters() {
        List<ModuleOperation> ops = ModuleOperation.of(Courses.class);
        assertThat(ops).extracting(o -> o.httpMethod() + " " + o.path()).containsExactly(
                "GET ", "GET courses", "POST courses", "DELETE courses/{id}", "PUT courses/{id: \\d+}",
                "POST courses/{id}/material");

        ModuleOperation list = ops.get(1);
        assertThat(list.parameters()).extracting(ModuleOperation.Param::source, ModuleOperation.Param::name,
                ModuleOperation.Param::defaultValue).containsExactly(
                org.assertj.core.groups.Tuple.tuple(ModuleOperation.Source.QUERY, "page", "0"),
                org.assertj.core.groups.Tuple.tuple(ModuleOperation.Source.QUERY, "level", null));
        assertThat(list.produces()).containsExactly("application/json");
        assertThat(list.consumes()).isEmpty();

        ModuleOperation create = ops.get(2);
        assertThat(create.body()).get().extracting(ModuleOperation.Param::rawType).isEqualTo(NewCourse.class);
        assertThat(create.consumes()).as("a JSON body is declared as such").containsExactly("application/json");

        ModuleOperation change = ops.get(4);
        assertThat(change.template()).isEqualTo("courses/{id}");
        assertThat(change.parameters()).extracting(ModuleOperation.Param::source).containsExactly(
                ModuleOperation.Source.PATH, ModuleOperation.Source.HEADER, ModuleOperation.Source.BODY);

        ModuleOperation material = ops.get(5);
        assertThat(material.body()).get().matches(ModuleOperation.Param::raw);
        assertThat(material.consumes()).containsExactly("*/*");
        assertThat(material.produces()).containsExactly("application/pdf");
        assertThat(material.parameters().get(2).source()).isEqualTo(ModuleOperation.Source.CONTEXT);
    }

    public static class TwoBodies {
        @POST
        public void both(NewCourse a, NewCourse b) {
        }
    }

    public static class UnsupportedContext {
        @GET
        public void get(@Context Runtime runtime) {
        }
    }

    @Test
    void refuses_methods_the_platform_cannot_bind_with_the_reason() {
        assertThatThrownBy(() -> ModuleOperation.of(TwoBodies.class)).hasMessageContaining("more than one body");
        assertThatThrownBy(() -> ModuleOperation.of(UnsupportedContext.class)).hasMessageContaining("@Context gives");
    }

    @Test
    void reads_path_query_and_header_texts_as_the_parameters_types() {
        assertThat(ModuleTypes.read(long.class, List.of("42"))).isEqualTo(42L);
        assertThat(ModuleTypes.read(long.class, List.of())).isEqualTo(0L);
        assertThat(ModuleTypes.read(Long.class, List.of())).isNull();
        assertThat(ModuleTypes.read(boolean.class, List.of("TRUE"))).isEqualTo(true);
        assertThat(ModuleTypes.read(Level.class, List.of("high"))).isEqualTo(Level.HIGH);
        assertThat(ModuleTypes.read(java.time.LocalDate.class, List.of("2026-12-07")))
                .isEqualTo(java.time.LocalDate.of(2026, 12, 7));
        java.lang.reflect.Type listOfLong = new Object() {
            @SuppressWarnings("unused")
            List<Long> field;
        }.getClass().getDeclaredFields()[0].getGenericType();
        assertThat(ModuleTypes.read(listOfLong, List.of("1", "2"))).isEqualTo(List.of(1L, 2L));
        assertThat(ModuleTypes.textual(listOfLong)).isTrue();
        assertThat(ModuleTypes.textual(NewCourse.class)).isFalse();
        assertThat(ModuleTypes.textual(Optional.class)).isFalse();
        assertThat(ModuleTypes.textual(Set.class)).isFalse();

        assertThatThrownBy(() -> ModuleTypes.read(long.class, List.of("4.5"))).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("expected a number without decimals");
        assertThatThrownBy(() -> ModuleTypes.read(double.class, List.of("NaN"))).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> ModuleTypes.read(Level.class, List.of("medium"))).hasMessage("expected one of [LOW, HIGH]");
        assertThatThrownBy(() -> ModuleTypes.read(boolean.class, List.of("yes"))).hasMessage("expected true or false");
        assertThatThrownBy(() -> ModuleTypes.read(java.time.LocalDate.class, List.of("7 Dec")))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
