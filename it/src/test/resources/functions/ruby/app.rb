# A test function: what it does is chosen by the event's "action".
require 'json'

# An error of the function's own, as AWS's runtime names it: Function<OrderRejected>.
class OrderRejected < StandardError
end

def handler(event:, context:)
  case event['action']
  when 'fail'
    puts 'rejecting the order'
    raise OrderRejected, "order #{event['order']} rejected"
  else
    puts "echo #{JSON.generate(event)}"
    {
      'event' => event,
      'requestId' => context.aws_request_id,
      'functionName' => context.function_name,
      'functionVersion' => context.function_version,
      'invokedArn' => context.invoked_function_arn,
      'memory' => context.memory_limit_in_mb,
      'remainingMs' => context.get_remaining_time_in_millis,
      'logGroup' => context.log_group_name,
      'logStream' => context.log_stream_name,
      'executionEnv' => ENV['AWS_EXECUTION_ENV'],
      'rubyVersion' => RUBY_VERSION
    }
  end
end

module Shop
  # A handler on a class, named as source.Module::Class.method.
  class Orders
    def self.total(event:, context:)
      event['items'].sum { |i| i['price'] * i['quantity'] }
    end
  end
end
