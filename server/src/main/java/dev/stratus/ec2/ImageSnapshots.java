package dev.stratus.ec2;

import dev.stratus.store.Tx;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;

/**
 * What EBS needs to know of EC2's images: whether an image the account registered stands on a
 * snapshot (which then cannot be deleted), and the public snapshots Amazon's built-in images start
 * from, which any account may restore. EC2's images give it; {@link #NONE} knows of none.
 */
interface ImageSnapshots {
    ImageSnapshots NONE = new ImageSnapshots() {
        @Override
        public Optional<String> imageUsing(Tx tx, String account, String region, String snapshotId) {
            return Optional.empty();
        }

        @Override
        public List<PublicSnapshot> builtIn(String region) {
            return List.of();
        }
    };

    /** The id of an image of the account's whose block device mappings use the snapshot, or empty. */
    Optional<String> imageUsing(Tx tx, String account, String region, String snapshotId) throws SQLException;

    /** The public snapshots behind the built-in images in the region, owned by Amazon. */
    List<PublicSnapshot> builtIn(String region);

    /** A public, completed snapshot: its id, the size of the volume it was taken from, its description and owner's account. */
    record PublicSnapshot(String snapshotId, int volumeSize, String description, String ownerId) {
    }
}
