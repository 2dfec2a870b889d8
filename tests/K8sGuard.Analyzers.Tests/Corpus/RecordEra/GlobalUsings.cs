// What the .NET SDK generates for a project with <ImplicitUsings>enable</ImplicitUsings>.
global using System;
global using System.Collections.Generic;
global using System.IO;
global using System.Linq;
global using System.Net.Http;
global using System.Threading;
global using System.Threading.Tasks;
