package io.remoteassist.server.kafka;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventMessage;

/**
 * Maps a domain event to a CloudEvents 1.0 record in structured JSON mode: {@code id} is the event
 * id (stable across re-deliveries), {@code type} is {@code io.remoteassist.<context>.<EventName>},
 * {@code subject} the aggregate id.
 */
final class CloudEvents {

    static final String SOURCE = "/remoteassist/server";

    private final ObjectMapper mapper;

    CloudEvents(ObjectMapper mapper) {
        this.mapper = mapper;
    }

    /** The bounded context of an event: the module its class lives in ({@code io.remoteassist.<context>.api}). */
    static String context(Class<?> type) {
        String[] parts = type.getPackageName().split("\\.");
        return parts.length > 2 && "io".equals(parts[0]) && "remoteassist".equals(parts[1]) ? parts[2] : "unknown";
    }

    static String key(EventMessage<?> message) {
        return message instanceof DomainEventMessage<?> d ? d.getAggregateIdentifier() : message.getIdentifier();
    }

    byte[] toJson(EventMessage<?> message) {
        Class<?> type = message.getPayloadType();
        ObjectNode event = mapper.createObjectNode();
        event.put("specversion", "1.0");
        event.put("id", message.getIdentifier());
        event.put("source", SOURCE);
        event.put("type", "io.remoteassist." + context(type) + "." + type.getSimpleName());
        if (message instanceof DomainEventMessage<?> d) {
            event.put("subject", d.getAggregateIdentifier());
            event.put("sequence", d.getSequenceNumber());
        }
        event.put("time", message.getTimestamp().toString());
        event.put("datacontenttype", "application/json");
        event.set("data", mapper.valueToTree(message.getPayload()));
        try {
            return mapper.writeValueAsBytes(event);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException("cannot write event " + message.getIdentifier() + " as JSON", e);
        }
    }
}
