package eu.clus3.core.cluster;

import eu.clus3.core.audit.AuditView;
import eu.clus3.core.identity.CurrentActor;
import eu.clus3.core.shared.InvalidInputException;
import eu.clus3.core.shared.Page;
import eu.clus3.core.shared.PageRequest;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.net.URI;
import java.util.List;
import java.util.Locale;

@Path("clusters")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Clusters", description = "Cluster organisation profiles, the directory and each cluster's people")
public class ClusterResource {

    @Inject
    ClusterService clusters;
    @Inject
    CurrentActor current;

    /** Body of an edit: the profile and the version it was edited from. */
    public record ProfileEdit(Long version, ClusterProfileData profile) { }

    public record PersonToAdd(String username, ClusterRole role) { }

    public record RoleChange(ClusterRole role) { }

    @GET
    @Operation(summary = "The directory (public profiles for visitors); filter by text, NUTS prefix, portfolio, S3 area")
    public Page<ClusterSummary> directory(@QueryParam("q") String text, @QueryParam("region") String region,
                                          @QueryParam("portfolio") String portfolio, @QueryParam("s3") String s3,
                                          @QueryParam("sort") String sort,
                                          @QueryParam("page") String page, @QueryParam("size") String size) {
        ClusterFilter filter = new ClusterFilter(text, region,
                parse(ComparativePortfolio.class, "portfolio", portfolio),
                parse(SmartSpecialisationArea.class, "s3", s3),
                sort == null ? ClusterFilter.Sort.NAME : parse(ClusterFilter.Sort.class, "sort", sort));
        return clusters.directory(current.get(), filter, PageRequest.parse(page, size, 25));
    }

    @GET
    @Path("{id}")
    @Operation(summary = "A cluster profile with its eligibility checklist")
    public ClusterDetails get(@PathParam("id") long id) {
        return clusters.get(current.get(), id);
    }

    @GET
    @Path("by-slug/{slug}")
    @Operation(summary = "A cluster profile by its short name in addresses")
    public ClusterDetails bySlug(@PathParam("slug") String slug) {
        return clusters.getBySlug(current.get(), slug);
    }

    @POST
    @Operation(summary = "Create a cluster profile (regional staff, administrators)")
    public Response create(ClusterProfileData profile) {
        ClusterDetails created = clusters.create(current.require(), profile);
        return Response.created(URI.create("clusters/" + created.id())).entity(created).build();
    }

    @PUT
    @Path("{id}")
    @Operation(summary = "Edit a profile (its managers, regional staff); 409 with currentVersion if it changed meanwhile")
    public ClusterDetails update(@PathParam("id") long id, ProfileEdit edit) {
        if (edit == null) {
            throw InvalidInputException.of("profile", "validation.required", "profile and version are required");
        }
        return clusters.update(current.require(), id, edit.version(), edit.profile());
    }

    @GET
    @Path("{id}/logo")
    @Produces("image/png")
    @Operation(summary = "The cluster's logo (PNG)")
    public Response logo(@PathParam("id") long id) {
        return clusters.logo(current.get(), id)
                .map(eu.clus3.core.api.Pictures::answer)
                .orElseThrow(() -> new eu.clus3.core.shared.NotFoundException("Logo of cluster", id));
    }

    @PUT
    @Path("{id}/logo")
    @Consumes({"image/png", "image/jpeg"})
    @Operation(summary = "Upload the logo (PNG or JPEG, at most 512 KiB and 4096 px a side)")
    public Response uploadLogo(@PathParam("id") long id, byte[] image) {
        clusters.setLogo(current.require(), id, image);
        return Response.noContent().build();
    }

    @GET
    @Path("{id}/members")
    @Operation(summary = "The cluster's people and their roles (its people, regional staff)")
    public List<MembershipView> people(@PathParam("id") long id) {
        return clusters.people(current.require(), id);
    }

    @POST
    @Path("{id}/members")
    @Operation(summary = "Add a person to the cluster (its managers, regional staff)")
    public Response addPerson(@PathParam("id") long id, PersonToAdd body) {
        PersonToAdd p = body == null ? new PersonToAdd(null, null) : body;
        MembershipView added = clusters.addPerson(current.require(), id, p.username(), p.role());
        return Response.created(URI.create("clusters/" + id + "/members/" + added.id())).entity(added).build();
    }

    @PUT
    @Path("{id}/members/{membership}")
    @Operation(summary = "Change a person's role in the cluster")
    public MembershipView changeRole(@PathParam("id") long id, @PathParam("membership") long membership, RoleChange body) {
        return clusters.changeRole(current.require(), id, membership, body == null ? null : body.role());
    }

    @DELETE
    @Path("{id}/members/{membership}")
    @Operation(summary = "Remove a person from the cluster (their account and content stay)")
    public Response removePerson(@PathParam("id") long id, @PathParam("membership") long membership) {
        clusters.removePerson(current.require(), id, membership);
        return Response.noContent().build();
    }

    @GET
    @Path("{id}/audit")
    @Operation(summary = "Who changed what in this cluster (its managers, administrators)")
    public List<AuditView> audit(@PathParam("id") long id, @QueryParam("page") String page, @QueryParam("size") String size) {
        return clusters.auditTrail(current.require(), id, PageRequest.parse(page, size, 50));
    }

    private static <E extends Enum<E>> E parse(Class<E> type, String field, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Enum.valueOf(type, value.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw InvalidInputException.of(field, "validation.choice", field + " must be one of "
                    + java.util.Arrays.toString(type.getEnumConstants()));
        }
    }
}
