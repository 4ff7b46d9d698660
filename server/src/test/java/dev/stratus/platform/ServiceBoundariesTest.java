package dev.stratus.platform;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The boundaries between services, checked on the compiled classes so that the build fails when
 * one is crossed: a service reaches another only through the platform's ports, the platform knows
 * no service, and only Lambda runs functions.
 */
class ServiceBoundariesTest {
    static final List<String> SERVICES = List.of("sqs", "sns", "lambda", "events", "logs", "iam", "kms", "sts", "ssm", "secretsmanager",
            "ec2", "autoscaling", "cloudtrail", "cloudwatch", "scheduler", "s3");
    static final JavaClasses CLASSES = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("dev.stratus");

    @Test
    void noServiceUsesAnotherServicesClasses() {
        for (String service : SERVICES) {
            String[] others = SERVICES.stream().filter(s -> !s.equals(service)).map(s -> "dev.stratus." + s + "..").toArray(String[]::new);
            noClasses().that().resideInAPackage("dev.stratus." + service + "..")
                    .should().dependOnClassesThat().resideInAnyPackage(others)
                    .because("a service reaches another only through that service's port in dev.stratus.platform.port")
                    .check(CLASSES);
        }
    }

    @Test
    void thePlatformKnowsNoService() {
        noClasses().that().resideInAnyPackage("dev.stratus.platform..", "dev.stratus.time..", "dev.stratus.runtime..")
                .should().dependOnClassesThat().resideInAnyPackage(SERVICES.stream().map(s -> "dev.stratus." + s + "..").toArray(String[]::new))
                .orShould().dependOnClassesThat().resideInAPackage("dev.stratus.server..")
                .check(CLASSES);
    }

    @Test
    void onlyLambdaRunsFunctions() {
        noClasses().that().resideOutsideOfPackages("dev.stratus.lambda..", "dev.stratus.runtime..", "dev.stratus.server..")
                .should().dependOnClassesThat().resideInAPackage("dev.stratus.runtime..")
                .check(CLASSES);
    }
}
