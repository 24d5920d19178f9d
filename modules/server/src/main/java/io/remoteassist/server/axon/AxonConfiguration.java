package io.remoteassist.server.axon;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.agroal.api.AgroalDataSource;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Instance;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import jakarta.transaction.TransactionManager;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.config.Configuration;
import org.axonframework.config.Configurer;
import org.axonframework.config.ConfigurerModule;
import org.axonframework.config.DefaultConfigurer;
import org.axonframework.eventhandling.gateway.EventGateway;
import org.axonframework.eventhandling.tokenstore.jdbc.JdbcTokenStore;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.eventsourcing.eventstore.jdbc.JdbcEventStorageEngine;
import org.axonframework.queryhandling.QueryGateway;
import org.axonframework.serialization.json.JacksonSerializer;
import org.jboss.logging.Logger;

/**
 * Builds the one Axon configuration of the server: JDBC event store and token store on the
 * PostgreSQL datasource, Jackson for every message, JTA transactions, then every module's
 * {@link ConfigurerModule}. Started on Quarkus start-up (after Flyway), shut down on shutdown.
 */
@Singleton
public class AxonConfiguration {

    private static final Logger LOG = Logger.getLogger(AxonConfiguration.class);

    private final Configuration configuration;

    AxonConfiguration(AgroalDataSource dataSource, TransactionManager jta, ObjectMapper mapper,
                      Instance<ConfigurerModule> modules) {
        var txm = new JtaTransactionManager(jta);
        var serializer = JacksonSerializer.builder().objectMapper(mapper.copy()).defaultTyping().build();
        Configurer configurer = DefaultConfigurer.defaultConfiguration(false)
            .configureSerializer(c -> serializer)
            .configureMessageSerializer(c -> serializer)
            .configureEventSerializer(c -> serializer)
            .configureTransactionManager(c -> txm)
            .configureEmbeddedEventStore(c -> JdbcEventStorageEngine.builder()
                .connectionProvider(dataSource::getConnection)
                .transactionManager(txm)
                .eventSerializer(serializer)
                .snapshotSerializer(serializer)
                .schema(AxonSchemas.events())
                .build());
        configurer.eventProcessing().registerTokenStore(c -> JdbcTokenStore.builder()
            .connectionProvider(dataSource::getConnection)
            .serializer(serializer)
            .schema(AxonSchemas.tokens())
            .contentType(byte[].class)
            .build());
        modules.forEach(m -> m.configureModule(configurer));
        this.configuration = configurer.buildConfiguration();
    }

    void start(@Observes @Priority(10) StartupEvent event) {
        configuration.start();
        LOG.info("event store and processors started");
    }

    void stop(@Observes ShutdownEvent event) {
        configuration.shutdown();
    }

    public Configuration configuration() {
        return configuration;
    }

    // Gateways are client proxies (@ApplicationScoped): beans that Axon modules need can inject them without
    // creating this configuration first, so handlers may depend on gateways without a construction cycle.
    @Produces
    @ApplicationScoped
    CommandGateway commandGateway() {
        return configuration.commandGateway();
    }

    @Produces
    @ApplicationScoped
    QueryGateway queryGateway() {
        return configuration.queryGateway();
    }

    @Produces
    @ApplicationScoped
    EventGateway eventGateway() {
        return configuration.eventGateway();
    }

    @Produces
    @ApplicationScoped
    EventStore eventStore() {
        return configuration.eventStore();
    }
}
