package eu.clus3.core.forum;

/**
 * An uploaded image: {@code url} is where it is served, and {@code markdown} what a post writes to show it.
 */
public record ImageView(long id, String url, String markdown, String contentType, int width, int height, int bytes) {

    /** The address every forum image is served at; the Markdown renderer shows images from here only. */
    public static String url(long id) {
        return "/api/forum/images/" + id;
    }

    static ImageView of(ForumImage image) {
        return new ImageView(image.getId(), url(image.getId()), "![image](" + url(image.getId()) + ")",
                image.getContentType(), image.getWidth(), image.getHeight(), image.getSizeBytes());
    }
}
