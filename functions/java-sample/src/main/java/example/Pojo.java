package example;

import com.amazonaws.services.lambda.runtime.Context;
import java.util.ArrayList;
import java.util.List;

/**
 * A handler named by method ({@code example.Pojo::handle}) whose event and answer are Java types
 * that the runtime's serializer maps from and to JSON. AWS's serializer (aws-lambda-java-serialization
 * 1.2.0, a Jackson with creator detection turned off) writes records but cannot read them: an
 * event type must be a bean with a no-argument constructor and setters, so {@link Input} is one.
 */
public class Pojo {
    /** The event: {"name": "…", "times": n}. */
    public static class Input {
        private String name;
        private int times;

        public String getName() {
            return name;
        }

        public void setName(String name) {
            this.name = name;
        }

        public int getTimes() {
            return times;
        }

        public void setTimes(int times) {
            this.times = times;
        }
    }

    /** The answer; a record, which the serializer writes by its components. */
    public record Output(String greeting, List<String> echoes, String requestId) {
    }

    public Output handle(Input in, Context ctx) {
        List<String> echoes = new ArrayList<>();
        for (int i = 0; i < in.getTimes(); i++) {
            echoes.add(in.getName() + " #" + (i + 1));
        }
        return new Output("hi " + in.getName(), echoes, ctx.getAwsRequestId());
    }
}
