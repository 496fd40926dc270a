-- People: the days they work (weekends differ by country: Friday and Saturday in Riyadh), their name in its original
-- script, and lower-case copies for searching the directory by original name and job title (issue 19).
-- Working days are ISO day numbers in week order, Monday = 1: '12345' is Monday to Friday.
alter table person add column working_days varchar(7) default '12345' not null;
alter table person add column original_name varchar(200);
alter table person add column search_original_name varchar(200);
alter table person add column search_title varchar(200);
update person set search_title = lower(title) where title is not null;
