# frozen_string_literal: true

# Stratus's runtime client for Ruby Lambda functions.
#
# Speaks the Lambda Runtime API at $AWS_LAMBDA_RUNTIME_API over one kept-alive connection, loads the
# handler named by $_HANDLER (FILE.METHOD or FILE.Module::Class.METHOD) from $LAMBDA_TASK_ROOT, calls
# it with event: (the payload as a Hash) and context:, and reports results and errors in the shapes
# AWS's managed Ruby runtime uses: errorType Function<Class> for what the handler raised,
# Init<Class> for what loading it raised. Standard library only; runs on Ruby 2.7 and later.

require 'json'
require 'net/http'
require 'stringio'

$stdout.sync = true
$stderr.sync = true

module StratusLambda
  THIS_FILE = File.expand_path(__FILE__)
  API_PREFIX = '/2018-06-01/runtime'
  # Classes whose names AWS's runtime passes on in the error-type header; others are reported as UserException there.
  PLAIN_ERRORS = %w[ArgumentError NoMethodError Exception StandardError NameError LoadError SystemExit SystemStackError].freeze

  # One persistent HTTP/1.1 connection to the Runtime API, opened again once if the peer closed it.
  class RuntimeApi
    def initialize(address)
      colon = address.rindex(':')
      @host = address[0...colon].delete('[]')
      @port = address[(colon + 1)..].to_i
      @http = nil
    end

    def next_invocation
      exchange(Net::HTTP::Get.new("#{API_PREFIX}/invocation/next"))
    end

    def respond(request_id, body, content_type)
      post("#{API_PREFIX}/invocation/#{request_id}/response", body, content_type)
    end

    def fail(request_id, error)
      post_error("#{API_PREFIX}/invocation/#{request_id}/error", error)
    end

    def init_error(error)
      post_error("#{API_PREFIX}/init/error", error)
    end

    private

    def post_error(path, error)
      header = { 'Lambda-Runtime-Function-Error-Type' => StratusLambda.header_error_type(error) }
      post(path, JSON.generate(error), 'application/json', header)
    end

    def post(path, body, content_type, headers = {})
      request = Net::HTTP::Post.new(path, headers.merge('Content-Type' => content_type))
      request.body = body
      exchange(request)
    end

    def exchange(request)
      attempts = 0
      begin
        attempts += 1
        connection.request(request)
      rescue EOFError, IOError, SystemCallError
        close
        retry if attempts < 2
        raise
      end
    end

    def connection
      return @http if @http&.started?

      @http = Net::HTTP.new(@host, @port)
      @http.read_timeout = nil # /invocation/next waits as long as no event comes
      @http.keep_alive_timeout = 86_400
      @http.start
    end

    def close
      @http&.finish
    rescue IOError
      nil
    ensure
      @http = nil
    end
  end

  # What a handler gets as context:, with the fields and method of AWS's LambdaContext.
  class LambdaContext
    attr_reader :aws_request_id, :invoked_function_arn, :log_group_name, :log_stream_name, :function_name,
                :memory_limit_in_mb, :function_version, :identity, :client_context, :deadline_ms

    def initialize(response)
      @deadline_ms = response['Lambda-Runtime-Deadline-Ms'].to_i
      @aws_request_id = response['Lambda-Runtime-Aws-Request-Id']
      @invoked_function_arn = response['Lambda-Runtime-Invoked-Function-Arn']
      @log_group_name = ENV['AWS_LAMBDA_LOG_GROUP_NAME']
      @log_stream_name = ENV['AWS_LAMBDA_LOG_STREAM_NAME']
      @function_name = ENV['AWS_LAMBDA_FUNCTION_NAME']
      # A string, as AWS's runtime gives it (straight from the environment).
      @memory_limit_in_mb = ENV['AWS_LAMBDA_FUNCTION_MEMORY_SIZE']
      @function_version = ENV['AWS_LAMBDA_FUNCTION_VERSION']
      identity = response['Lambda-Runtime-Cognito-Identity']
      client_context = response['Lambda-Runtime-Client-Context']
      @identity = JSON.parse(identity) if identity
      @client_context = JSON.parse(client_context) if client_context
    end

    def get_remaining_time_in_millis
      remaining = @deadline_ms - Process.clock_gettime(Process::CLOCK_REALTIME, :millisecond)
      remaining.positive? ? remaining : 0
    end
  end

  # The handler _HANDLER names, loaded from the task root.
  class Handler
    attr_reader :file

    def initialize(setting)
      parts = setting.to_s.split('.')
      unless [2, 3].include?(parts.size)
        raise ArgumentError, "Invalid handler #{parts}, must be of form FILENAME.METHOD or FILENAME.CLASS.METHOD where FILENAME " \
                             'corresponds with an existing Ruby source file FILENAME.rb, CLASS is an optional module/class namespace ' \
                             'and METHOD is a callable method. If using CLASS, METHOD must be a class-level method.'
      end
      @file = parts.first
      @method = parts.last
      @class_name = parts.size == 3 ? parts[1] : nil
    end

    def call(event, context)
      receiver = @class_name ? Kernel.const_get(@class_name) : TOPLEVEL_BINDING.receiver
      receiver.__send__(@method, event: event, context: context)
    end
  end

  module_function

  def error_of(exception, classification)
    {
      'errorMessage' => exception.message,
      'errorType' => "#{classification}<#{exception.class}>",
      'stackTrace' => user_trace(exception)
    }
  end

  # The frames of the function's code: the trace up to the first frame of this file, as AWS's runtime cuts it at its own.
  def user_trace(exception)
    trace = []
    (exception.backtrace_locations || exception.backtrace || []).first(100).each do |frame|
      path = frame.respond_to?(:absolute_path) ? frame.absolute_path || frame.path : frame.to_s
      break if path == THIS_FILE || frame.to_s.start_with?(THIS_FILE)

      trace << frame.to_s
    end
    trace
  end

  def header_error_type(error)
    plain = error['errorType'][/<(.*)>\z/, 1]
    PLAIN_ERRORS.include?(plain) ? error['errorType'] : "#{error['errorType'][/\A\w+/]}<UserException>"
  end

  def log_error(message, error)
    puts message
    puts JSON.pretty_generate(error)
  end

  def event_of(response)
    response['Content-Type'] == 'application/json' ? JSON.parse(response.body) : response.body
  end

  # What the handler returned, as the Runtime API takes it: JSON, or the bytes of an IO as they are.
  def marshal(result)
    case result
    when StringIO, IO
      [result.read, 'application/unknown']
    else
      [result.to_json, 'application/json']
    end
  end

  def invoke(api, handler, response)
    request_id = response['Lambda-Runtime-Aws-Request-Id']
    trace_id = response['Lambda-Runtime-Trace-Id']
    trace_id ? ENV['_X_AMZN_TRACE_ID'] = trace_id : ENV.delete('_X_AMZN_TRACE_ID')
    begin
      body, content_type = marshal(handler.call(event_of(response), LambdaContext.new(response)))
    rescue NoMethodError, NameError => e
      # A handler that is not there (or calls what is not): AWS's runtime reports it and starts afresh.
      critical(api, request_id, e)
    rescue StandardError => e
      error = error_of(e, 'Function')
      log_error('Error raised from handler method', error)
      api.fail(request_id, error)
      return
    rescue Exception => e # rubocop:disable Lint/RescueException -- exit, an interrupt: what AWS calls critical
      critical(api, request_id, e)
    end
    api.respond(request_id, body, content_type)
  end

  def critical(api, request_id, exception)
    error = error_of(exception, 'Function')
    log_error('Critical exception from handler', error)
    api.fail(request_id, error)
    exit!(1)
  end

  def main
    api = RuntimeApi.new(ENV.fetch('AWS_LAMBDA_RUNTIME_API'))
    setting = ENV['_HANDLER']
    task_root = ENV['LAMBDA_TASK_ROOT'] || Dir.pwd
    $LOAD_PATH.unshift(task_root) unless $LOAD_PATH.include?(task_root)
    begin
      handler = Handler.new(setting)
      require handler.file
    rescue Exception => e # rubocop:disable Lint/RescueException -- a syntax error or a missing file is an init error
      error = error_of(e, 'Init')
      log_error("Init error when loading handler #{setting}", error)
      api.init_error(error)
      exit!(1)
    end
    loop do
      response = api.next_invocation
      exit!(0) if response.code == '410' # the environment is being shut down
      unless response.code == '200'
        warn "Runtime API answered #{response.code} to /invocation/next: #{response.body.to_s[0, 200]}"
        exit!(1)
      end
      invoke(api, handler, response)
    end
  end
end

StratusLambda.main
