package io.remoteassist.server.health;

import io.remoteassist.server.axon.AxonConfiguration;
import io.remoteassist.server.kafka.KafkaEventForwarder;
import jakarta.inject.Singleton;
import org.axonframework.eventhandling.EventTrackerStatus;
import org.axonframework.eventhandling.TrackingEventProcessor;
import org.axonframework.eventhandling.TrackingToken;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/**
 * Reports how many events the Kafka forwarder still has to publish. A lag is not a failure (the
 * event store is the outbox), so the check stays up and says how far behind it is and whether
 * the forwarder is in error (retrying because the broker is away).
 */
@Readiness
@Singleton
public class ForwarderLagCheck implements HealthCheck {

    private final AxonConfiguration axon;
    private final KafkaEventForwarder forwarder;

    ForwarderLagCheck(AxonConfiguration axon, KafkaEventForwarder forwarder) {
        this.axon = axon;
        this.forwarder = forwarder;
    }

    @Override
    public HealthCheckResponse call() {
        var builder = HealthCheckResponse.named("kafka-forwarder");
        var processor = axon.configuration().eventProcessingConfiguration()
            .eventProcessor(KafkaEventForwarder.GROUP, TrackingEventProcessor.class);
        if (processor.isEmpty()) {
            return builder.down().withData("reason", "processor not configured").build();
        }
        TrackingToken headToken = axon.configuration().eventStore().createHeadToken();
        long head = headToken == null ? -1L : headToken.position().orElse(-1L);
        long position = -1L;
        boolean error = false;
        for (EventTrackerStatus status : processor.get().processingStatus().values()) {
            position = Math.max(position, status.getCurrentPosition().orElse(-1L));
            error |= status.isErrorState();
        }
        return builder.up()
            .withData("running", processor.get().isRunning())
            .withData("head", head)
            .withData("position", position)
            .withData("lag", Math.max(0, head - position))
            .withData("retrying", error || forwarder.retrying())
            .build();
    }
}
