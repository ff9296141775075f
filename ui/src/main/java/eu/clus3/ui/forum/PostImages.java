package eu.clus3.ui.forum;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.component.upload.receivers.MemoryBuffer;
import eu.clus3.core.forum.ForumImageService;
import eu.clus3.core.forum.ImageView;
import eu.clus3.core.identity.Actor;
import eu.clus3.core.shared.Clus3Exception;
import eu.clus3.core.shared.InvalidInputException;
import eu.clus3.ui.shell.UiErrors;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.function.Supplier;

/**
 * The "add image" button of the post editors: the file goes to {@link ForumImageService} (which checks it by
 * content and size), and the Markdown that shows it is added to the text. The browser's own checks of type
 * and size only spare a useless upload; the service decides.
 */
final class PostImages {

    private PostImages() {
    }

    /**
     * @param categoryId the category of a topic being written (null when {@code topicId} is given)
     * @param topicId    the topic a reply is written in, or null
     * @param changed    run after the text got the image (to keep the draft)
     */
    static Upload upload(ForumImageService images, Actor actor, Supplier<Long> categoryId, Long topicId,
                         TextArea body, UiErrors errors, Runnable changed) {
        MemoryBuffer buffer = new MemoryBuffer();
        Upload upload = new Upload(buffer);
        upload.setAcceptedFileTypes("image/png", "image/jpeg", "image/gif", "image/webp",
                ".png", ".jpg", ".jpeg", ".gif", ".webp");
        upload.setMaxFileSize(images.maxBytes());
        upload.setDropAllowed(false);
        Button button = new Button(body.getTranslation("forum.addImage"), VaadinIcon.PICTURE.create());
        upload.setUploadButton(button);
        upload.addClassName("post-image-upload");
        upload.addFileRejectedListener(e -> errors.show(InvalidInputException.of("image", "upload.rejected",
                body.getTranslation("forum.imageRejected", images.maxBytes() / 1024)), Map.of("image", body)));
        upload.addSucceededListener(e -> {
            UiErrors.clear(Map.of("image", body));
            try (InputStream in = buffer.getInputStream()) {
                Long category = topicId == null ? categoryId.get() : null;
                if (topicId == null && category == null) {
                    errors.show(InvalidInputException.of("categoryId", "forum.imageNeedsCategory",
                            body.getTranslation("forum.imageNeedsCategory")), Map.of("categoryId", body));
                    return;
                }
                ImageView image = images.upload(actor, category, topicId, in.readNBytes(images.maxBytes() + 1));
                String text = body.getValue();
                body.setValue(text + (text.isBlank() || text.endsWith("\n\n") ? "" : text.endsWith("\n") ? "\n" : "\n\n")
                        + image.markdown() + "\n");
                changed.run(); // the draft keeps the image too
            } catch (Clus3Exception ex) {
                errors.show(ex, Map.of("image", body));
            } catch (IOException ex) {
                throw new UncheckedIOException(ex);
            } finally {
                upload.clearFileList();
            }
        });
        return upload;
    }
}
