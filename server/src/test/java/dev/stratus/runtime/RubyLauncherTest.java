package dev.stratus.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.File;
import java.io.IOException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RubyLauncherTest {
    @TempDir
    Path dir;

    private static RuntimeLauncher.Spec spec(String runtime) {
        return new RuntimeLauncher.Spec(runtime, "app.handler", Path.of("/env/task"), Path.of("/env/opt"), Path.of("/rt"), 128);
    }

    @Test
    void runsTheBootstrapWithLayersAndVendoredGemsWhereAwsPutsThem() throws IOException {
        Path bin = FakeExecutables.at(dir, "bin/ruby").getParent();
        Path gems = dir.resolve("gems");
        java.nio.file.Files.createDirectories(gems);
        RubyLauncher launcher = new RubyLauncher(k -> null, Map.of("PATH", bin.toString())::get,
                c -> Optional.of("/usr/bin/ruby3.1\n3.1.2\n" + gems + File.pathSeparator + dir.resolve("missing") + "\n"));

        RuntimeLauncher.Launch launch = launcher.launch(spec("ruby3.3"));
        assertEquals(List.of("/usr/bin/ruby3.1", "/rt/ruby/bootstrap.rb"), launch.command());
        assertEquals(String.join(File.pathSeparator, "/env/task", "/env/opt/ruby/lib"), launch.environment().get("RUBYLIB"));
        assertEquals(String.join(File.pathSeparator, "/env/task/vendor/bundle/ruby/3.3.0", "/env/opt/ruby/gems/3.3.0", gems.toString(),
                dir.resolve("missing").toString()), launch.environment().get("GEM_PATH"));
        assertEquals("AWS_Lambda_ruby3.3", launch.environment().get("AWS_EXECUTION_ENV"));
        assertEquals(List.of(gems), launch.readable(), "the interpreter's gem folders that exist, for the sandbox");
        assertEquals("ruby3.3 not found; running on /usr/bin/ruby3.1 (Ruby 3.1.2)", launch.runsOn());
    }

    /** Ruby 3.1 on PATH, rbenv's 3.3.1 and 3.4.0. */
    @Test
    void eachRuntimeRunsOnItsVersionElseTheNearest() throws IOException {
        Path bin = FakeExecutables.at(dir, "bin/ruby").getParent();
        Path rbenv = dir.resolve("rbenv");
        FakeExecutables.at(dir, "rbenv/versions/3.3.1/bin/ruby");
        FakeExecutables.at(dir, "rbenv/versions/3.4.0/bin/ruby");
        Map<String, String> answers = Map.of(
                bin + "/ruby", "/usr/bin/ruby3.1\n3.1.2\n\n",
                rbenv + "/versions/3.3.1/bin/ruby", rbenv + "/versions/3.3.1/bin/ruby\n3.3.1\n\n",
                rbenv + "/versions/3.4.0/bin/ruby", rbenv + "/versions/3.4.0/bin/ruby\n3.4.0\n\n");
        RubyLauncher launcher = new RubyLauncher(k -> null, Map.of("PATH", bin.toString(), "RBENV_ROOT", rbenv.toString())::get,
                c -> Optional.ofNullable(answers.get(c.get(0))));

        assertEquals("ruby3.3 → " + rbenv + "/versions/3.3.1/bin/ruby (Ruby 3.3.1)", launcher.launch(spec("ruby3.3")).runsOn());
        assertEquals("ruby3.4 → " + rbenv + "/versions/3.4.0/bin/ruby (Ruby 3.4.0)", launcher.launch(spec("ruby3.4")).runsOn());
        assertEquals("ruby3.2 not found; running on " + rbenv + "/versions/3.3.1/bin/ruby (Ruby 3.3.1)", launcher.launch(spec("ruby3.2")).runsOn(),
                "3.1 and 3.3 are as near: the newer");
    }

    @Test
    void withoutRubyTheInvocationSaysSoAndARubyInstalledLaterIsFound() throws IOException {
        Path bin = dir.resolve("bin");
        Map<String, String> answers = new HashMap<>();
        RubyLauncher launcher = new RubyLauncher(k -> null, Map.of("PATH", bin.toString())::get, c -> Optional.ofNullable(answers.get(c.get(0))));
        RuntimeLauncher.InvalidEntrypoint e = assertThrows(RuntimeLauncher.InvalidEntrypoint.class, () -> launcher.launch(spec("ruby3.3")));
        assertEquals("Stratus found no Ruby to run ruby3.3: install one (apt-get install ruby, or rbenv) or name it with STRATUS_RUNTIME_RUBY3_3",
                e.getMessage());

        FakeExecutables.at(dir, "bin/ruby");
        answers.put(bin + "/ruby", "/usr/bin/ruby3.1\n3.1.2\n\n");
        assertEquals("/usr/bin/ruby3.1", launcher.launch(spec("ruby3.3")).command().get(0));
    }

    @Test
    void theRubyOfARuntimeCanBeChosenByPropertyOrVariable() {
        Map<String, String> env = Map.of("STRATUS_RUNTIME_RUBY3_4", "/opt/ruby34/bin/ruby");
        Map<String, String> props = Map.of("stratus.runtime.ruby3.2", "/custom/ruby");
        Map<String, String> answers = Map.of("/opt/ruby34/bin/ruby", "/opt/ruby34/bin/ruby\n3.4.1\n\n", "/custom/ruby", "/custom/ruby\n3.2.9\n\n");
        RubyLauncher launcher = new RubyLauncher(props::get, env::get, c -> Optional.ofNullable(answers.get(c.get(0))));
        assertEquals("ruby3.4 → /opt/ruby34/bin/ruby (Ruby 3.4.1), as STRATUS_RUNTIME_RUBY3_4 says", launcher.launch(spec("ruby3.4")).runsOn());
        assertEquals("/custom/ruby", launcher.launch(spec("ruby3.2")).command().get(0));
    }
}
