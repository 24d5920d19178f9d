package io.remoteassist.capture.input;

import io.remoteassist.capture.api.InputEvent;
import io.remoteassist.capture.api.InputInjector;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/** Keeps what it is asked to inject. */
final class RecordingInjector implements InputInjector {

    final List<InputEvent> events = new CopyOnWriteArrayList<>();

    @Override
    public boolean inject(InputEvent event) {
        events.add(event);
        return true;
    }
}
