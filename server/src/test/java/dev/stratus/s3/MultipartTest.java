package dev.stratus.s3;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import dev.stratus.s3.Uploads.Part;
import dev.stratus.s3.Uploads.Upload;
import dev.stratus.store.SqliteStore;
import dev.stratus.store.Store;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class MultipartTest {
    @Test
    void theETagIsTheMd5OfThePartsMd5sAndTheirCount() throws Exception {
        byte[] a = MessageDigest.getInstance("MD5").digest("a".getBytes());
        byte[] b = MessageDigest.getInstance("MD5").digest("b".getBytes());
        MessageDigest all = MessageDigest.getInstance("MD5");
        all.update(a);
        all.update(b);
        List<Part> parts = List.of(new Part(1, "x", 1, "\"" + HexFormat.of().formatHex(a) + "\"", 0, null),
                new Part(2, "y", 1, "\"" + HexFormat.of().formatHex(b) + "\"", 0, null));
        assertEquals("\"" + HexFormat.of().formatHex(all.digest()) + "-2\"", Multipart.etag(parts));
    }

    @Test
    void partsReplaceBySameNumberAndTheirBlobsAreKeptAtStart() {
        Store store = SqliteStore.inMemory();
        store.migrate("s3.multipart", Uploads.MIGRATIONS);
        Uploads uploads = new Uploads();
        Part replaced = store.write(tx -> {
            uploads.insert(tx, new Upload("u1", "b", "k", 0, "000000000000", JsonNodeFactory.instance.objectNode()));
            uploads.put(tx, "u1", new Part(1, "blob-1", 5, "\"e\"", 0, null));
            uploads.put(tx, "u1", new Part(2, "blob-2", 5, "\"e\"", 0, null));
            return uploads.put(tx, "u1", new Part(1, "blob-3", 5, "\"e\"", 0, null));
        });
        assertEquals("blob-1", replaced.blob());
        assertEquals(Set.of("blob-2", "blob-3"), store.read(Uploads::blobsNamed));
        assertEquals(List.of(2), store.read(tx -> uploads.parts(tx, "u1", 1, 10)).stream().map(Part::number).toList());
        store.write(tx -> uploads.delete(tx, "u1"));
        assertEquals(Set.of(), store.read(Uploads::blobsNamed));
    }
}
