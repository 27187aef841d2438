#:package Microsoft.Data.Sqlite@10.0.4
#:package Shaoxing.Yearbook2020@*-*
// Opens an exported SQLite file and checks that every record kind's table holds as many rows as the
// dataset has records of that kind. Usage: dotnet run check-sqlite.cs -- EXPORT/yearbook2020.sqlite
using Microsoft.Data.Sqlite;
using Shaoxing.Yearbook2020;

using var connection = new SqliteConnection($"Data Source={args[0]};Mode=ReadOnly;Pooling=False");
connection.Open();
var failures = 0;
foreach (var file in Yearbook.Default.Dataset.Files)
{
    var table = Path.GetFileNameWithoutExtension(file.Name).Replace('-', '_');
    using var command = connection.CreateCommand();
    command.CommandText = $"SELECT COUNT(*) FROM \"{table}\"";
    var rows = (long)command.ExecuteScalar()!;
    var ok = rows == file.Records;
    failures += ok ? 0 : 1;
    Console.WriteLine($"{(ok ? "ok  " : "FAIL")} sqlite {table}: {rows} rows, {file.Records} records");
}

return failures == 0 ? 0 : 1;
