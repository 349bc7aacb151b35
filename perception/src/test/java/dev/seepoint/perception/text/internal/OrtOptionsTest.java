package dev.seepoint.perception.text.internal;

import static org.assertj.core.api.Assertions.assertThat;

import ai.onnxruntime.OrtSession;
import org.junit.jupiter.api.Test;

class OrtOptionsTest {

    @Test
    void idle_pool_threads_block_instead_of_spinning() throws Exception {
        try (OrtSession.SessionOptions options = OrtOptions.of(2)) {
            assertThat(options.getConfigEntries())
                    .containsEntry(OrtOptions.INTRA_SPINNING, "0")
                    .containsEntry(OrtOptions.INTER_SPINNING, "0");
        }
    }
}
