using System;
using System.Collections.Concurrent;
using System.Diagnostics;
using System.IO;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Threading;

namespace K8sGuard.EndToEnd.Tests;

/// <summary>
/// A minimal Language Server Protocol client over stdio: Content-Length framed JSON-RPC, answers to the server's
/// own requests (configuration, registrations, progress), and a log of everything for failure messages.
/// </summary>
internal sealed class LspClient : IDisposable
{
    private readonly Process _process;
    private readonly BlockingCollection<JsonObject> _incoming = new();
    private readonly StringBuilder _log = new();
    private readonly JsonObject _settings;
    private int _nextId;

    public LspClient(string workingDirectory, JsonObject settings, params string[] command)
    {
        _settings = settings;
        var startInfo = new ProcessStartInfo(command[0])
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in command[1..])
        {
            startInfo.ArgumentList.Add(argument);
        }

        foreach (var variable in new[] { "MSBuildSDKsPath", "MSBUILD_EXE_PATH", "MSBuildExtensionsPath" })
        {
            startInfo.Environment.Remove(variable);
        }

        _process = Process.Start(startInfo) ?? throw new InvalidOperationException("could not start " + string.Join(' ', command));
        new Thread(ReadMessages) { IsBackground = true }.Start();
        new Thread(() =>
        {
            string? line;
            while ((line = _process.StandardError.ReadLine()) is not null)
            {
                Log("stderr: " + line);
            }
        }) { IsBackground = true }.Start();
    }

    public string Transcript
    {
        get
        {
            lock (_log)
            {
                return _log.ToString();
            }
        }
    }

    public int Request(string method, JsonNode? parameters)
    {
        var id = Interlocked.Increment(ref _nextId);
        Send(new JsonObject { ["jsonrpc"] = "2.0", ["id"] = id, ["method"] = method, ["params"] = parameters });
        return id;
    }

    public void Notify(string method, JsonNode? parameters)
        => Send(new JsonObject { ["jsonrpc"] = "2.0", ["method"] = method, ["params"] = parameters });

    /// <summary>Waits for the response to request <paramref name="id"/>, answering the server's requests meanwhile.</summary>
    public JsonObject WaitForResponse(int id, TimeSpan timeout)
    {
        var deadline = DateTime.UtcNow + timeout;
        while (DateTime.UtcNow < deadline)
        {
            if (!_incoming.TryTake(out var message, TimeSpan.FromSeconds(1)))
            {
                if (_process.HasExited)
                {
                    throw new InvalidOperationException($"the language server exited with code {_process.ExitCode}:\n{Transcript}");
                }

                continue;
            }

            if (message["method"] is not null && message["id"] is not null)
            {
                AnswerServerRequest(message);
            }
            else if (message["id"]?.GetValue<int>() == id)
            {
                return message;
            }
        }

        throw new TimeoutException($"no response to request {id} in {timeout}:\n{Transcript}");
    }

    public void Dispose()
    {
        try
        {
            if (!_process.HasExited)
            {
                _process.Kill(entireProcessTree: true);
            }
        }
        catch (InvalidOperationException)
        {
            // Already gone.
        }

        _process.Dispose();
    }

    private void AnswerServerRequest(JsonObject request)
    {
        JsonNode? result = null;
        if (request["method"]!.GetValue<string>() == "workspace/configuration")
        {
            var items = new JsonArray();
            foreach (var item in request["params"]?["items"]?.AsArray() ?? new JsonArray())
            {
                var section = item?["section"]?.GetValue<string>();
                items.Add(section is null ? _settings.DeepClone() : _settings[section]?.DeepClone());
            }

            result = items;
        }

        Send(new JsonObject { ["jsonrpc"] = "2.0", ["id"] = request["id"]!.DeepClone(), ["result"] = result });
    }

    private void Send(JsonObject message)
    {
        var body = Encoding.UTF8.GetBytes(message.ToJsonString());
        Log("-> " + Truncate(message.ToJsonString()));
        lock (_process)
        {
            var stream = _process.StandardInput.BaseStream;
            var header = Encoding.ASCII.GetBytes($"Content-Length: {body.Length}\r\n\r\n");
            stream.Write(header, 0, header.Length);
            stream.Write(body, 0, body.Length);
            stream.Flush();
        }
    }

    private void ReadMessages()
    {
        var stream = _process.StandardOutput.BaseStream;
        try
        {
            while (true)
            {
                var length = -1;
                string? line;
                while (!string.IsNullOrEmpty(line = ReadHeaderLine(stream)))
                {
                    if (line.StartsWith("Content-Length:", StringComparison.OrdinalIgnoreCase))
                    {
                        length = int.Parse(line.Substring("Content-Length:".Length).Trim());
                    }
                }

                if (line is null || length < 0)
                {
                    return;
                }

                var body = new byte[length];
                var read = 0;
                while (read < length)
                {
                    var count = stream.Read(body, read, length - read);
                    if (count == 0)
                    {
                        return;
                    }

                    read += count;
                }

                var text = Encoding.UTF8.GetString(body);
                Log("<- " + Truncate(text));
                if (JsonNode.Parse(text) is JsonObject message)
                {
                    _incoming.Add(message);
                }
            }
        }
        catch (Exception exception) when (exception is IOException or ObjectDisposedException or JsonException)
        {
            Log("reader stopped: " + exception.Message);
        }
    }

    private static string? ReadHeaderLine(Stream stream)
    {
        var bytes = new StringBuilder();
        int b;
        while ((b = stream.ReadByte()) != -1)
        {
            if (b == '\n')
            {
                return bytes.ToString().TrimEnd('\r');
            }

            bytes.Append((char)b);
        }

        return bytes.Length == 0 ? null : bytes.ToString();
    }

    private void Log(string line)
    {
        lock (_log)
        {
            _log.AppendLine(line);
        }
    }

    private static string Truncate(string text) => text.Length <= 600 ? text : text.Substring(0, 600) + "…";
}
