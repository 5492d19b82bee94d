package dev.rapport.storage.contract;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rapport.app.Storage;
import java.lang.reflect.Method;
import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** A port added to {@link Storage} comes with its contract, which every backend then passes. */
class EveryPortHasAContractTest {

    @Test
    void every_port_of_the_storage_has_a_contract_that_the_storage_contract_runs() {
        Set<String> ports = Arrays.stream(Storage.class.getMethods())
                .map(Method::getReturnType)
                .filter(type -> type.isInterface() && type.getPackage() == Storage.class.getPackage())
                .map(Class::getSimpleName)
                .collect(Collectors.toSet());
        Set<String> run = Arrays.stream(StorageContract.class.getDeclaredClasses())
                .filter(nested -> nested.isAnnotationPresent(Nested.class))
                .map(nested -> nested.getSuperclass().getSimpleName())
                .collect(Collectors.toSet());

        assertThat(ports).isNotEmpty();
        assertThat(run).as("a port's contract is <Port>Contract, nested in StorageContract")
                .containsAll(ports.stream().map(port -> port + "Contract").toList());
    }
}
