// Serves an existing Neo4j home (one that `neo4j-admin database import` just filled) over Bolt on
// 127.0.0.1 without auth, until stdin closes, so the export tests can read the imported graph with
// the driver. Run as a single-file program: java -cp ".neo4j/admin-lib/*" ServeDatabase.java HOME PORT
// [PLUGINS]; with a plugins directory (APOC's jars), its procedures are loaded and unrestricted.
import java.nio.file.Path;
import java.util.List;
import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.configuration.connectors.BoltConnector;
import org.neo4j.configuration.helpers.SocketAddress;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.dbms.api.DatabaseManagementServiceBuilder;
import org.neo4j.io.ByteUnit;

public final class ServeDatabase {
    public static void main(String[] args) throws Exception {
        Path home = Path.of(args[0]).toAbsolutePath();
        int port = Integer.parseInt(args[1]);
        DatabaseManagementServiceBuilder builder = new DatabaseManagementServiceBuilder(home);
        if (args.length > 2) {
            builder.setConfig(GraphDatabaseSettings.plugin_dir, Path.of(args[2]).toAbsolutePath())
                    .setConfig(GraphDatabaseSettings.procedure_unrestricted, List.of("apoc.*"));
        }
        DatabaseManagementService dbms = builder
                .setConfig(BoltConnector.enabled, true)
                .setConfig(BoltConnector.listen_address, new SocketAddress("127.0.0.1", port))
                .setConfig(GraphDatabaseSettings.auth_enabled, false)
                .setConfig(GraphDatabaseSettings.pagecache_memory, ByteUnit.mebiBytes(64))
                .build();
        Runtime.getRuntime().addShutdownHook(new Thread(dbms::shutdown));
        System.out.println("ready bolt://127.0.0.1:" + port);
        System.out.flush();
        // The test ends the server by closing stdin (or killing it); either way the hook shuts down.
        while (System.in.read() != -1) {
            // wait
        }
        System.exit(0);
    }
}
