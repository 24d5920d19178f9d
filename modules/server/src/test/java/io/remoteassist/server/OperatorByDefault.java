package io.remoteassist.server;

import io.quarkus.test.junit.callback.QuarkusTestBeforeEachCallback;
import io.quarkus.test.junit.callback.QuarkusTestMethodContext;

/** Before each test: a request that names no identity goes as the test operator (see {@link Api}). */
public class OperatorByDefault implements QuarkusTestBeforeEachCallback {

    @Override
    public void beforeEach(QuarkusTestMethodContext context) {
        Api.asOperatorByDefault();
    }
}
