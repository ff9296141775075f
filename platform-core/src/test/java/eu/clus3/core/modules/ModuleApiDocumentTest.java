package eu.clus3.core.modules;

import eu.clus3.plugin.api.Created;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.media.Schema.SchemaType;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** Modules' endpoints in the API document: typed, with their answers and refusals, and gone when the module stops. */
public class ModuleApiDocumentTest {

    public enum Level { BASIC, ADVANCED }

    public record Course(long id, String title, Level level, List<String> topics, Instant starts,
                         Map<String, Integer> seats) {
        public boolean isFull() {
            return false;
        }
    }

    public record NewCourse(String title, Level level) {
    }

    @Produces("application/json")
    public static class Courses {
        @GET
        @Path("courses")
        public List<Course> list(@QueryParam("page") @DefaultValue("0") int page) {
            return List.of();
        }

        @POST
        @Path("courses")
        public Created<Course> create(NewCourse course) {
            return null;
        }

        @DELETE
        @Path("courses/{id: \\d+}")
        public void remove(@PathParam("id") long id) {
        }

        @GET
        @Path("courses/{id}/certificate.pdf")
        @Produces("application/pdf")
        public Response certificate(@PathParam("id") long id) {
            return null;
        }
    }

    @Test
    void describes_each_operation_with_typed_parameters_bodies_answers_and_problems() {
        OpenAPI doc = OASFactory.createOpenAPI();
        doc.setPaths(OASFactory.createPaths().addPathItem("/api/modules/{moduleId}", OASFactory.createPathItem())
                .addPathItem("/api/platform", OASFactory.createPathItem()));

        ModuleApiDocument.add(doc, "training", "Training", ModuleOperation.of(Courses.class));

        assertThat(doc.getPaths().getPathItems().keySet()).containsExactlyInAnyOrder("/api/platform",
                "/api/modules/training/courses", "/api/modules/training/courses/{id}",
                "/api/modules/training/courses/{id}/certificate.pdf");

        Operation list = doc.getPaths().getPathItem("/api/modules/training/courses").getGET();
        assertThat(list.getOperationId()).isEqualTo("training_list");
        assertThat(list.getTags()).containsExactly("Module training");
        assertThat(list.getParameters()).singleElement().satisfies(p -> {
            assertThat(p.getName()).isEqualTo("page");
            assertThat(p.getSchema().getType()).isEqualTo(SchemaType.INTEGER);
            assertThat(p.getSchema().getDefaultValue()).isEqualTo("0");
        });
        Schema listed = list.getResponses().getAPIResponse("200").getContent().getMediaType("application/json").getSchema();
        assertThat(listed.getType()).isEqualTo(SchemaType.ARRAY);
        assertThat(listed.getItems().getRef()).isEqualTo("#/components/schemas/training.ModuleApiDocumentTest.Course");
        assertThat(list.getResponses().getAPIResponses()).containsKeys("400", "401", "403", "404").doesNotContainKey("409");

        Operation create = doc.getPaths().getPathItem("/api/modules/training/courses").getPOST();
        assertThat(create.getRequestBody().getContent().getMediaType("application/json").getSchema().getRef())
                .endsWith("training.ModuleApiDocumentTest.NewCourse");
        assertThat(create.getResponses().getAPIResponse("201").getHeaders()).containsKey("Location");
        assertThat(create.getResponses().getAPIResponse("409").getContent().getMediaType("application/problem+json")
                .getSchema().getRef()).isEqualTo("#/components/schemas/Problem");

        Operation remove = doc.getPaths().getPathItem("/api/modules/training/courses/{id}").getDELETE();
        assertThat(remove.getResponses().getAPIResponses()).containsKey("204").doesNotContainKey("200");
        assertThat(remove.getParameters().get(0).getRequired()).isTrue();

        Operation pdf = doc.getPaths().getPathItem("/api/modules/training/courses/{id}/certificate.pdf").getGET();
        assertThat(pdf.getResponses().getAPIResponse("200").getContent().getMediaType("application/pdf").getSchema()
                .getFormat()).isEqualTo("binary");

        Map<String, Schema> schemas = doc.getComponents().getSchemas();
        Schema course = schemas.get("training.ModuleApiDocumentTest.Course");
        assertThat(course.getProperties().keySet()).containsExactly("full", "id", "level", "seats", "starts", "title", "topics");
        assertThat(course.getRequired()).containsExactly("id");
        assertThat(course.getProperties().get("id").getFormat()).isEqualTo("int64");
        assertThat(course.getProperties().get("starts").getFormat()).isEqualTo("date-time");
        assertThat(course.getProperties().get("seats").getAdditionalPropertiesSchema().getType()).isEqualTo(SchemaType.INTEGER);
        assertThat(course.getProperties().get("level").getRef()).endsWith("training.ModuleApiDocumentTest.Level");
        assertThat(schemas.get("training.ModuleApiDocumentTest.Level").getEnumeration()).containsExactly("BASIC", "ADVANCED");
        assertThat(schemas).containsKeys("Problem", "FieldError");
    }

    @Test
    void a_stopped_module_leaves_nothing_behind_and_a_new_version_replaces_the_old() {
        OpenAPI doc = OASFactory.createOpenAPI();
        ModuleApiDocument.add(doc, "training", "Training", ModuleOperation.of(Courses.class));
        ModuleApiDocument.add(doc, "training", "Training 2", ModuleOperation.of(Courses.class));
        assertThat(doc.getTags()).extracting(t -> t.getName()).containsExactly("Module training");

        ModuleApiDocument.remove(doc, "training");

        assertThat(doc.getPaths().getPathItems()).isNullOrEmpty();
        assertThat(doc.getComponents().getSchemas().keySet()).containsExactlyInAnyOrder("Problem", "FieldError");
        assertThat(doc.getTags()).isNullOrEmpty();
    }

    @Test
    void names_read_as_words() {
        assertThat(ModuleApiDocument.words("importEdition")).isEqualTo("Import edition");
        assertThat(ModuleApiDocument.words("pdf")).isEqualTo("Pdf");
    }
}
