package com.rapport.model;

import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/**
 * A golden test class: its fixture is imported and the models are built once, then each
 * test compares one model's rows with rows worked out by hand.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class GoldenModelTest {

    ModelFixture.Built built;

    /** The fixture rows and the report month of this class's golden rows. */
    abstract ModelFixture.Built build(ModelFixture fixture) throws Exception;

    @BeforeAll
    void buildModels(@TempDir Path folder) throws Exception {
        built = build(new ModelFixture(folder));
    }

    @AfterAll
    void closeModels() {
        built.close();
    }
}
