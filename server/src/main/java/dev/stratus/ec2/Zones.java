package dev.stratus.ec2;

import dev.stratus.store.Tx;
import java.sql.SQLException;
import java.util.List;

/** The names of a region's availability zones, as the account sees them ({@code us-east-1a}, …): where a volume may be made. */
@FunctionalInterface
interface Zones {
    List<String> of(Tx tx, String account, String region) throws SQLException;
}
