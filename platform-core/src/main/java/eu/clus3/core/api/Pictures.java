package eu.clus3.core.api;

import eu.clus3.core.shared.StoredPicture;
import jakarta.ws.rs.core.Response;

/** How every stored picture (logo, avatar) is answered: its bytes, its type, a short private cache. */
public final class Pictures {

    private Pictures() {
    }

    public static Response answer(StoredPicture picture) {
        return Response.ok(picture.getImage(), picture.getContentType())
                .header("Cache-Control", "private, max-age=300").build();
    }
}
