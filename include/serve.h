/* `faqbot serve`: the server's life cycle (config, signals, reloads). */
#ifndef FAQBOT_SERVE_H
#define FAQBOT_SERVE_H

int	serve_main(int, char **);

#endif
