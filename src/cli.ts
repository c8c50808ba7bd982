process.stdout.write('toezegging\n');
