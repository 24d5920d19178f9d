package io.remoteassist.server.kafka;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.runtime.ShutdownEvent;
import jakarta.annotation.Priority;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Singleton;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.EventMessage;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

import java.util.Properties;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;

/**
 * Publishes every domain event to the compliance topic. It runs in its own tracking processor,
 * so the event store is the outbox: while the broker is away the processor waits on the same
 * event, retrying, and resumes in order once it is back. Delivery is at least once; consumers
 * deduplicate by the CloudEvents {@code id}.
 */
@Singleton
@ProcessingGroup(KafkaEventForwarder.GROUP)
public class KafkaEventForwarder {

    public static final String GROUP = "kafka-forwarder";
    private static final Logger LOG = Logger.getLogger(KafkaEventForwarder.class);
    private static final long MAX_BACKOFF_MS = 2_000;

    private final String bootstrap;
    private final String topic;
    private final CloudEvents cloudEvents;
    private volatile boolean stopping;
    private volatile boolean retrying;
    private KafkaProducer<String, byte[]> producer;

    KafkaEventForwarder(@ConfigProperty(name = "ra.kafka.bootstrap") String bootstrap,
                        @ConfigProperty(name = "ra.kafka.topic") String topic,
                        ObjectMapper mapper) {
        this.bootstrap = bootstrap;
        this.topic = topic;
        this.cloudEvents = new CloudEvents(mapper);
    }

    @EventHandler
    public void on(Object payload, EventMessage<?> message) throws InterruptedException {
        var record = new ProducerRecord<>(topic, CloudEvents.key(message), cloudEvents.toJson(message));
        long backoff = 100;
        while (true) {
            if (stopping) {
                throw new IllegalStateException("shutting down before event " + message.getIdentifier() + " was published");
            }
            try {
                producer().send(record).get(30, TimeUnit.SECONDS);
                retrying = false;
                return;
            } catch (ExecutionException | java.util.concurrent.TimeoutException | org.apache.kafka.common.KafkaException e) {
                LOG.warnf("publishing event %s failed (%s); retrying in %d ms", message.getIdentifier(),
                    e.getMessage(), backoff);
                retrying = true;
                resetProducer();
                Thread.sleep(backoff);
                backoff = Math.min(backoff * 2, MAX_BACKOFF_MS);
            }
        }
    }

    /** Whether the last attempt to publish failed and the forwarder is waiting for the broker. */
    public boolean retrying() {
        return retrying;
    }

    private synchronized KafkaProducer<String, byte[]> producer() {
        if (producer == null) {
            Properties p = new Properties();
            p.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
            p.put(ProducerConfig.ACKS_CONFIG, "all");
            p.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, "true");
            p.put(ProducerConfig.MAX_IN_FLIGHT_REQUESTS_PER_CONNECTION, "1");
            p.put(ProducerConfig.CLIENT_ID_CONFIG, "remoteassist-forwarder");
            p.put(ProducerConfig.MAX_BLOCK_MS_CONFIG, "5000");
            p.put(ProducerConfig.REQUEST_TIMEOUT_MS_CONFIG, "5000");
            p.put(ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG, "10000");
            p.put(ProducerConfig.LINGER_MS_CONFIG, "0");
            p.put(ProducerConfig.RECONNECT_BACKOFF_MAX_MS_CONFIG, "1000");
            producer = new KafkaProducer<>(p, new StringSerializer(), new ByteArraySerializer());
        }
        return producer;
    }

    private synchronized void resetProducer() {
        if (producer != null) {
            producer.close(java.time.Duration.ZERO);
            producer = null;
        }
    }

    void stop(@Observes @Priority(1) ShutdownEvent event) {
        stopping = true;
    }

    void close(@Observes @Priority(100) ShutdownEvent event) {
        resetProducer();
    }
}
