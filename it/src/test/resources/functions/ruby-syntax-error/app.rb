# A package whose handler file does not parse: its function fails to initialize.
def handler(event:, context:)
  { 'ok' => true
end
